package telltale.catalogue.entity;

/** A public source that rules cite. */
public record Source(String key, String title, String publisher, String date, String url) {}
