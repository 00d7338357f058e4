"""Each benchmark as a ratio to its baseline from the same JMH run (CSV from -rf csv).

    python3 bench/jmh/ratios.py bench/jmh/target/results.csv

Time ratio: score / baseline score. Allocation ratio (with -prof gc): bytes per operation over the
baseline's, shown only where the baseline allocates at least 1 KB (a hash allocates only its output).
"""

import csv
import re
import sys

PAIRS = [
    ("EngineBenchmark.screenFull", "EngineBenchmark.parseFull"),
    ("EngineBenchmark.screenFullAsFacade", "EngineBenchmark.parseFull"),
    ("EngineBenchmark.screenMinimal", "EngineBenchmark.parseMinimal"),
    ("EngineBenchmark.screenFull", "EngineBenchmark.screenMinimal"),
    ("AdapterBenchmark.readGreenhouse", "AdapterBenchmark.parseGreenhouse"),
    ("DateBenchmark.submittedAt", "DateBenchmark.baselineSubmittedAtFormatter"),
    ("LinkageBenchmark.fingerprints", "LinkageBenchmark.baselineHmacShort"),
    ("LinkageBenchmark.baselineHmacShort", "LinkageBenchmark.baselineSha256Short"),
    ("LinkageBenchmark.shingles", "LinkageBenchmark.baselineSha256Resume"),
    ("LinkageBenchmark.minHash", "LinkageBenchmark.baselineSha256Resume"),
    ("LinkageBenchmark.resumeToBuckets", "LinkageBenchmark.baselineSha256Resume"),
    ("ResumeBenchmark.pdfTwoPages", "ResumeBenchmark.baselinePlainText"),
    ("ResumeBenchmark.docxTypical", "ResumeBenchmark.baselinePlainText"),
    ("ResumeBenchmark.readerPdf", "ResumeBenchmark.pdfTwoPages"),
    ("ResumeBenchmark.docxZipBomb", "ResumeBenchmark.docxTypical"),
    ("ResumeBenchmark.pdf3000Pages", "ResumeBenchmark.pdfTwoPages"),
]
ALLOC = ":gc.alloc.rate.norm"


def ratio(x):
    return "%.0f" % x if x >= 100 else "%.1f" % x if x >= 10 else "%.2f" % x


def main(path):
    with open(path, newline="") as f:
        # the class and method, whatever the package: telltale.bench.X.m, telltale.resume.control.Y.m
        scores = {
            re.sub(r"^([a-z0-9_]+\.)+", "", r["Benchmark"]): float(r["Score"])
            for r in csv.DictReader(f)
        }
    print("\n%-36s %-38s %10s %12s" % ("benchmark", "baseline (same run)", "time ratio", "alloc ratio"))
    for bench, base in PAIRS:
        if bench in scores and base in scores:
            alloc = "-"
            if scores.get(base + ALLOC, 0) >= 1024 and bench + ALLOC in scores:
                alloc = ratio(scores[bench + ALLOC] / scores[base + ALLOC])
            print("%-36s %-38s %10s %12s" % (bench, base, ratio(scores[bench] / scores[base]), alloc))


if __name__ == "__main__":
    main(sys.argv[1])
