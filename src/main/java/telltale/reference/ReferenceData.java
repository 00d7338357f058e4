package telltale.reference;

/** The reference lists the rules consult; loaded once from config/reference at start. */
public record ReferenceData(
    DomainList disposableEmailDomains,
    DomainList knownBadDomains,
    IpRanges ipCountries,
    IpRanges anonymizerNetworks,
    TechnologyReleases technologies,
    TimeZoneCountries timeZones,
    RemoteAccessTools remoteAccessTools,
    TorExits torExits,
    VirtualCameras virtualCameras) {}
