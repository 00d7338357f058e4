#!/usr/bin/env python3
"""Writes N signed Greenhouse new_candidate_application deliveries, one a line: hex signature,
a tab, the body (one line). Each is a different synthetic candidate (ids, names, e-mail, phone,
address), from a fixed seed, so the benchmark screens distinct people as an ATS would send them.

  python3 bench/signed_bodies.py N SECRET OUT
"""
import copy, hashlib, hmac, json, random, sys

FIRST = ["Ana", "Ben", "Chloe", "Dev", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena",
         "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomas", "Uma", "Viktor", "Wen", "Yusuf"]
LAST = ["Okafor", "Smith", "Nguyen", "Garcia", "Kowalski", "Haddad", "Ito", "Muller", "Silva", "Patel",
        "Johansson", "Rossi", "Kim", "Novak", "Dubois", "Ahmed", "Brown", "Costa", "Larsen", "Tanaka"]
STREETS = ["Elm Street", "Oak Avenue", "Main Street", "Pine Road", "Cedar Lane", "Maple Drive"]
CITIES = [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Boston", "MA", "021"), ("Seattle", "WA", "981")]

def main():
    n, secret, out = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3]
    base = json.load(open("src/test/resources/webhooks/greenhouse/new_candidate_application.json"))
    rnd = random.Random(20261127)
    with open(out, "w") as f:
        for i in range(n):
            d = copy.deepcopy(base)
            app = d["payload"]["application"]
            c = app["candidate"]
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            city, state, zip3 = rnd.choice(CITIES)
            app["id"] = 80000000 + i
            c["id"] = 70000000 + i
            c["first_name"], c["last_name"] = first, last
            c["email_addresses"] = [{"value": "%s.%s%d@example.com" % (first.lower(), last.lower(), i), "type": "personal"}]
            c["phone_numbers"] = [{"value": "+1 %03d-555-%04d" % (rnd.choice([212, 312, 415, 512, 617, 720]), rnd.randrange(10000)), "type": "mobile"}]
            c["addresses"] = [{"value": "%d %s\n%s, %s %s%02d" % (rnd.randrange(1, 9999), rnd.choice(STREETS), city, state, zip3, rnd.randrange(100)), "type": "home"}]
            body = json.dumps(d, separators=(",", ":"), ensure_ascii=False).encode()
            sig = hmac.new(secret, body, hashlib.sha256).hexdigest()
            f.write(sig + "\t" + body.decode() + "\n")

main()
