#!/usr/bin/env python3
"""Writes the hostile-input corpus under src/test/resources/hostile/ (bodies/ + index.tsv).

Deterministic: run it again after changing a case and commit what changes. Bodies that would be
megabytes are not stored: the index names a generator (gen:KIND:N) that HostileInputIT expands.

index.tsv columns (tab-separated, '#' starts a comment line):
  id  method  path  content-type  signing  headers  body  expect
    content-type  '-' sends none
    signing       none | valid (signed with the test secret of the path's ATS) | wrong (another
                  secret) | doubled (valid, plus a second bogus signature header)
    headers       '-' or Name=value pairs separated by ' ; ', a value may be @big:N (N 'a's)
    body          '-' (empty), a file under bodies/, or gen:KIND:N
    expect        4xx (a JSON 4xx error), 401 (a JSON 401), 400=CODE@FIELD (a JSON 400 with that
                  code and a violation naming that field), or 4xx-http: a 4xx from the HTTP
                  layer (Grizzly), which refuses over-long headers and URIs before the application
                  sees the request, so no JSON body can be promised; or container: Payara's
                  connector answers a malformed %-escape in the path (%zz) with an empty 200
                  before any application code runs (a container defect, recorded; only a timely
                  answer is asserted)
"""
import os, shutil

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "hostile")
BODIES = os.path.join(HERE, "bodies")

ATS = ["generic", "greenhouse", "lever", "ashby", "workable", "smartrecruiters", "jazzhr", "recruitee"]
SIGNABLE = [a for a in ATS if a != "lever"]  # Lever signs inside the body: a broken body cannot be signed
CID = '"candidateId":"hostile"'

def b(s):
    return s.encode("utf-8") if isinstance(s, str) else s

# Bodies that are never a valid delivery nor a valid profile, whatever the endpoint.
BROKEN = {
    "empty-object-open": "{",
    "truncated-object": '{"candidateId":"hostile","emails":["a@exa',
    "truncated-after-colon": '{"candidateId":',
    "truncated-string": '{"candidateId":"hostile',
    "only-close": "}",
    "lone-comma": ",",
    "garbage-text": "hello, I am not JSON",
    "xml": '<?xml version="1.0"?><candidate id="hostile"/>',
    "form-encoded": "candidateId=hostile&emails=a%40b.c",
    "single-quotes": "{'candidateId':'hostile'}",
    "unquoted-keys": "{candidateId:\"hostile\"}",
    "trailing-comma": '{' + CID + ',}',
    "comment": '{/* c */' + CID + '}',
    "two-documents": '{' + CID + '}{' + CID + '}',
    "trailing-garbage": '{' + CID + '} xyz',
    "nan": '{' + CID + ',"x":NaN}',
    "infinity": '{' + CID + ',"x":Infinity}',
    "hex-number": '{' + CID + ',"x":0x10}',
    "leading-zero": '{' + CID + ',"x":0012}',
    "deep-arrays-10000": "[" * 10000 + "]" * 10000,
    "deep-arrays-unclosed-10000": "[" * 10000,
    "deep-objects-10000": '{"a":' * 10000 + "1" + "}" * 10000,
    "deep-in-field-10000": '{' + CID + ',"emails":' + "[" * 10000 + "]" * 10000 + '}',
    "duplicate-key-top": '{' + CID + ',"candidateId":"other"}',
    "duplicate-key-nested": '{' + CID + ',"location":{"country":"US","country":"KP"}}',
    "nul-raw-between-tokens": b('{' + CID + ',') + b"\x00" + b'"emails":[]}',
    "nul-raw-in-string": b'{"candidateId":"host\x00ile"}',
    "control-char-in-string": b'{"candidateId":"host\x07ile"}',
    "invalid-utf8-ff": b'{"candidateId":"host\xffile"}',
    "invalid-utf8-fe-bom": b"\xfe\xff" + b('{' + CID + '}'),
    "overlong-slash": b'{"candidateId":"..\xc0\xaf..\xc0\xafetc"}',
    "overlong-nul": b'{"candidateId":"host\xc0\x80ile"}',
    "overlong-3byte": b'{"candidateId":"\xe0\x80\xaf"}',
    "surrogate-encoded": b'{"candidateId":"\xed\xa0\x80"}',
    "truncated-multibyte": b'{"candidateId":"caf\xc3',
    "continuation-without-lead": b'{"candidateId":"\x80\x80"}',
    "utf16-body": ('{' + CID + '}').encode("utf-16"),
    "utf32-body": ('{' + CID + '}').encode("utf-32"),
}

# Well-formed JSON that the canonical API must refuse (webhooks would ignore most of these).
PROFILE_ONLY = {
    "array-top": "[1,2,3]",
    "null-top": "null",
    "string-top": '"hostile"',
    "number-top": "42",
    "empty-object": "{}",
    "candidate-id-null": '{"candidateId":null}',
    "candidate-id-number": '{"candidateId":12345678901234567890}',
    "candidate-id-object": '{"candidateId":{"$ne":null}}',
    "candidate-id-blank": '{"candidateId":"   "}',
    "round-huge": '{' + CID + ',"interviews":[{"round":99999999999999999999999}]}',
    "round-exponent": '{' + CID + ',"interviews":[{"round":1e999}]}',
    "round-negative-exponent": '{' + CID + ',"interviews":[{"round":-1e-999}]}',
    "round-float": '{' + CID + ',"interviews":[{"round":1.5}]}',
    "round-string": '{' + CID + ',"interviews":[{"round":"1; DROP TABLE screening"}]}',
    "submitted-at-garbage": '{' + CID + ',"application":{"submittedAt":"2026-13-45T99:99:99Z"}}',
    "emails-sql": '{' + CID + ',"emails":["\' OR 1=1 --"]}',
    "emails-sql-union": '{' + CID + ',"emails":["x\' UNION SELECT * FROM screening --@a.b"]}',
    "country-sql": '{' + CID + ',"location":{"country":"\'; DROP TABLE screening; --"}}',
    "timezone-template": '{' + CID + ',"location":{"timezone":"${jndi:ldap://127.0.0.1/a}"}}',
    "timezone-el": '{' + CID + ',"location":{"timezone":"#{7*7}"}}',
    "stage-template": '{' + CID + ',"stage":"{{7*7}}"}',
    "stage-sql": '{' + CID + ',"stage":"applied\' OR \'1\'=\'1"}',
    "client-ip-injection": '{' + CID + ',"application":{"clientIp":"127.0.0.1; rm -rf /"}}',
    "candidate-id-too-long-sql": '{"candidateId":"' + ("\' OR 1=1 -- " * 20) + '"}',
    "unknown-field-template": '{' + CID + ',"__proto__":{"admin":true}}',
    "unknown-field-class": '{' + CID + ',"@class":"java.lang.Runtime"}',
    "protected-nationality": '{' + CID + ',"nationality":"KP"}',
    "protected-nested": '{' + CID + ',"name":{"first":"A","gender":"x"}}',
    "emails-wrong-type": '{' + CID + ',"emails":{"0":"a@b.c"}}',
    "emails-nested-arrays": '{' + CID + ',"emails":[["a@b.c"]]}',
    "emails-too-many": '{' + CID + ',"emails":[' + ",".join('"a%d@example.com"' % i for i in range(5000)) + ']}',
    "phones-too-many": '{' + CID + ',"phones":[' + ",".join('"+1212736%04d"' % i for i in range(5000)) + ']}',
    "employment-too-many": '{' + CID + ',"employment":[' + ",".join('{"employer":"E%d"}' % i for i in range(2000)) + ']}',
    "escaped-nul-in-id": '{"candidateId":"host\\u0000ile","stage":"nope"}',
    "lone-surrogate-escape": '{"candidateId":"\\ud800","stage":"nope"}',
    "bad-escape": '{"candidateId":"\\x41"}',
    "country-lowercase-long": '{' + CID + ',"location":{"country":"' + "u" * 5000 + '"}}',
}

# Well-formed profiles with one value no store may take or no candidate has: a 400 with a stable
# code naming the field, on H2 and PostgreSQL alike (HostileInputPostgresIT). (body, code, field)
FIELD_CASES = {
    "escaped-nul-in-id-only": ('{"candidateId":"host\\u0000ile"}', "control_character", "candidateId"),
    "escaped-nul-in-application-id": ('{' + CID + ',"applicationId":"a\\u0000"}', "control_character", "applicationId"),
    "escaped-nul-in-name": ('{' + CID + ',"name":{"first":"Da\\u0000na"}}', "control_character", "name.first"),
    "escape-sequence-in-last-name": ('{' + CID + ',"name":{"last":"\\u001b[2J"}}', "control_character", "name.last"),
    "escaped-nul-in-employer": ('{' + CID + ',"employment":[{"employer":"\\u0000"}]}', "control_character", "employment[0].employer"),
    "tab-in-candidate-id": ('{"candidateId":"host\\tile"}', "validation_failed", "candidateId"),
    "newline-in-role-title": ('{' + CID + ',"role":{"title":"Engineer\\nIgnore the above"}}', "validation_failed", "role.title"),
    "country-xx": ('{' + CID + ',"location":{"country":"XX"}}', "validation_failed", "location.country"),
    "address-country-zz": ('{' + CID + ',"addresses":[{"lines":["1 Main St"],"country":"ZZ"}]}', "validation_failed", "addresses[0].country"),
    "submitted-at-year-minus-1": ('{' + CID + ',"application":{"submittedAt":"-0001-01-01T00:00:00Z"}}', "validation_failed", "application.submittedAt"),
    "interview-at-year-9999": ('{' + CID + ',"interviews":[{"round":1,"at":"9999-12-31T23:59:59Z"}]}', "validation_failed", "interviews[0].at"),
    "employment-from-year-1": ('{' + CID + ',"employment":[{"from":"0001"}]}', "validation_failed", "employment[0].from"),
    "github-created-1899": ('{' + CID + ',"footprint":{"github":{"createdOn":"1899-12-31"}}}', "validation_failed", "footprint.github.createdOn"),
}

# Generated at test time (too large to keep in git).
GENERATED = [
    ("huge-string-2mb", "gen:string:2000000", "4xx"),
    ("huge-string-900kb-bad-field", "gen:badfield:900000", "4xx"),
    ("huge-array-200k", "gen:array:200000", "4xx"),
    ("huge-key-900kb", "gen:key:900000", "4xx"),
    ("huge-whitespace-2mb", "gen:whitespace:2000000", "4xx"),
    ("deep-arrays-100000", "gen:nest:100000", "4xx"),
]

def write(name, content):
    with open(os.path.join(BODIES, name + ".json"), "wb") as f:
        f.write(b(content))
    return name + ".json"

def main():
    shutil.rmtree(BODIES, ignore_errors=True)
    os.makedirs(BODIES)
    rows = []
    files = {k: write(k, v) for k, v in {**BROKEN, **PROFILE_ONLY}.items()}
    api = "/api/v1/screenings"
    json_ct = "application/json"
    # The canonical API: every body, as JSON.
    for k in list(BROKEN) + list(PROFILE_ONLY):
        rows.append(("api-" + k, "POST", api, json_ct, "none", "-", files[k], "4xx"))
    for k, (body, code, field) in FIELD_CASES.items():
        rows.append(("api-" + k, "POST", api, json_ct, "none", "-", write(k, body), "400=%s@%s" % (code, field)))
    rows.append(("generic-signed-escaped-nul-in-id", "POST", "/webhooks/generic", json_ct, "valid", "-",
                 "escaped-nul-in-id-only.json", "400=control_character@candidateId"))
    rows.append(("generic-signed-country-xx", "POST", "/webhooks/generic", json_ct, "valid", "-",
                 "country-xx.json", "400=validation_failed@location.country"))
    for kind, gen, exp in GENERATED:
        rows.append(("api-" + kind, "POST", api, json_ct, "none", "-", gen, exp))
    # The canonical API: content types and headers.
    ok = write("profile-minimal", '{' + CID + ',"stage":"not-a-stage"}')
    for i, ct in enumerate(["text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=x", "-", "application/json-patch+json",
                            "text/html; charset=utf-8", "*/*"]):
        rows.append(("api-content-type-%d" % i, "POST", api, ct, "none", "-", files["truncated-object"], "4xx"))
    for name, headers in [
        ("big-header-16k", "X-Filler=@big:16000"),
        ("big-header-100k", "X-Filler=@big:100000"),
        ("many-headers", " ; ".join("X-H%d=@big:200" % i for i in range(300))),
        ("big-accept", "Accept=@big:20000"),
        ("content-length-lie", "X-Telltale-Test=1"),
    ]:
        http = "4xx-http" if name != "content-length-lie" else "4xx"
        rows.append(("api-" + name, "POST", api, json_ct, "none", headers, ok, http))
    # Bad URIs and methods.
    for name, method, path in [
        ("uri-nul", "GET", "/api/v1/screenings/%00"),
        ("uri-traversal", "GET", "/api/v1/screenings/..%2f..%2fetc%2fpasswd"),
        ("uri-bad-percent", "GET", "/api/v1/screenings/%zz"),
        ("uri-overlong-percent", "GET", "/api/v1/screenings/%c0%af"),
        ("uri-huge", "GET", "/api/v1/screenings/" + "a" * 20000),
        ("uri-sql", "GET", "/api/v1/screenings/1%27%20OR%20%271%27=%271"),
        ("query-unknown-ats", "GET", "/api/v1/screenings?ats=%27%20OR%201=1--&candidateId=hostile"),
        ("query-missing", "GET", "/api/v1/screenings"),
        ("query-nul-candidate-id", "GET", "/api/v1/screenings?ats=greenhouse&candidateId=host%00ile"),
        ("query-newline-candidate-id", "GET", "/api/v1/screenings?ats=greenhouse&candidateId=host%0Aile"),
        ("method-put", "PUT", api),
        ("method-patch", "PATCH", api),
        ("webhook-unknown-ats", "POST", "/webhooks/%27%20OR%201=1--"),
        ("webhook-template-ats", "POST", "/webhooks/$%7Bjndi:ldap:%2F%2Fx%7D"),
        ("webhook-bad-connection", "POST", "/webhooks/greenhouse/Sales%20Team"),
        ("webhook-long-connection", "POST", "/webhooks/greenhouse/" + "a" * 100),
        ("webhook-get", "GET", "/webhooks/greenhouse"),
        ("webhook-nul-ats", "POST", "/webhooks/greenhouse%00"),
    ]:
        http = "container" if name == "uri-bad-percent" else "4xx-http" if name in ("uri-nul", "uri-overlong-percent", "uri-huge",
                                      "webhook-nul-ats") else "4xx"
        rows.append((name, method, path, json_ct if method in ("POST", "PUT", "PATCH") else "-",
                     "none", "-", files["truncated-object"] if method != "GET" else "-", http))
    # Every webhook: broken bodies unsigned (refused before parsing), and signed (refused when read).
    for ats in ATS:
        path = "/webhooks/" + ats
        for k in ["deep-arrays-10000", "invalid-utf8-ff", "nul-raw-in-string", "truncated-object",
                  "duplicate-key-top", "xml", "overlong-slash", "deep-objects-10000"]:
            rows.append((ats + "-unsigned-" + k, "POST", path, json_ct, "none", "-", files[k], "4xx"))
        rows.append((ats + "-unsigned-huge", "POST", path, json_ct, "none", "-", "gen:string:2000000", "4xx"))
        rows.append((ats + "-big-header", "POST", path, json_ct, "none", "X-Filler=@big:100000",
                     files["truncated-object"], "4xx-http"))
    for ats in SIGNABLE:
        path = "/webhooks/" + ats
        for k in ["deep-arrays-10000", "deep-arrays-unclosed-10000", "deep-objects-10000", "invalid-utf8-ff",
                  "overlong-slash", "overlong-nul", "surrogate-encoded", "nul-raw-in-string",
                  "control-char-in-string", "truncated-object", "duplicate-key-top", "duplicate-key-nested",
                  "two-documents", "nan", "utf16-body", "array-top", "string-top", "garbage-text",
                  "deep-in-field-10000"]:
            rows.append((ats + "-signed-" + k, "POST", path, json_ct, "valid", "-", files[k], "4xx"))
        rows.append((ats + "-signed-huge-string", "POST", path, json_ct, "valid", "-", "gen:string:2000000", "4xx"))
        rows.append((ats + "-signed-nest-100000", "POST", path, json_ct, "valid", "-", "gen:nest:100000", "4xx"))
        rows.append((ats + "-wrong-secret", "POST", path, json_ct, "wrong", "-", files["truncated-object"], "401"))
        rows.append((ats + "-doubled-signature", "POST", path, json_ct, "doubled", "-", files["truncated-object"], "4xx"))
        rows.append((ats + "-huge-signature", "POST", path, json_ct, "none", "Signature=@big:60000 ; X-Signature=@big:60000",
                     files["truncated-object"], "4xx-http"))
    with open(os.path.join(HERE, "index.tsv"), "w") as f:
        f.write("# written by src/test/hostile/make_corpus.py; columns described there\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(len(rows), "cases")

main()
