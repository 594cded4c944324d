#!/usr/bin/python3
"""Generates the text-ingest benchmark inputs: a lexicon of >= 10,000
aliases (synthetic actors, ergraph .lex format), the same aliases one per
line for grep -F, and a varied English corpus of SIZE_MB megabytes.

Usage: gen.py OUTDIR [SIZE_MB] [SEED]

Sentences are drawn from a grammar (subjects, verbs, objects, adverbials,
clauses, dates, numbers, quotes) over a vocabulary of several thousand
words, so the corpus is not one paragraph repeated; about one sentence in
six names actors next to a relation cue.
"""
import os
import random
import sys

out = sys.argv[1]
size_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
os.makedirs(out, exist_ok=True)

SYL = ["ka", "lo", "mi", "ran", "tes", "vor", "qua", "bel", "dun", "sha",
       "tri", "mon", "zel", "pra", "gor", "nia", "vek", "sol", "tu", "ber",
       "ya", "rik", "fen", "dor", "lia", "sto", "ham", "wen", "cro", "pil"]


def word(n):
    return "".join(rnd.choice(SYL) for _ in range(n))


names = set()
actors = []
while len(actors) < 3000:
    base = word(rnd.randint(2, 3)).capitalize()
    if base in names:
        continue
    names.add(base)
    land = base + "ia"
    adj = base + "ian"
    cap = word(3).capitalize() + " " + rnd.choice(["City", "Town", "Port"])
    code = "X" + str(len(actors))
    full = "Republic of " + land
    if full in names or cap in names or adj in names:
        continue
    names.update([land, adj, cap, full])
    actors.append((code, land, adj, cap, full))

with open(os.path.join(out, "bench.lex"), "w") as f, \
        open(os.path.join(out, "aliases.txt"), "w") as g:
    for code, land, adj, cap, full in actors:
        f.write(f"actor {code} state {land}\n  alias {land} | {full}\n"
                f"  adj {adj}\n  capital {cap}\n")
        for a in (land, full, adj, cap):
            g.write(a + "\n")

VERBS = ["criticized", "supplied weapons to", "signed a trade agreement with",
         "condemned", "met", "imposed sanctions on", "supported",
         "attacked", "hosted talks with", "vetoed"]
FILLER = ("the economy grew slowly as officials reviewed budgets for schools "
          "roads hospitals and farms while analysts debated inflation wages "
          "exports and the weather over several long meetings in the capital "
          "during which committees discussed reforms pensions taxes energy "
          "prices railways ports water supplies housing markets and rural "
          "development programmes that had been delayed for years").split()
FILLER += [word(rnd.randint(1, 3)) for _ in range(4000)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def name():
    a = rnd.choice(actors)
    return rnd.choice([a[1], a[1], a[2] + " officials", a[3], "the " + a[4]])


def plain(n):
    w = [rnd.choice(FILLER) for _ in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w)


def sentence():
    r = rnd.random()
    if r < 0.17:
        s = f"{name()} {rnd.choice(VERBS)} {name()}"
        if rnd.random() < 0.5:
            s += f" in {rnd.choice(MONTHS)} {rnd.randint(1990, 2024)}"
        return s + "."
    if r < 0.25:
        return (f"{plain(rnd.randint(4, 9))}, said {name()}, "
                f"\"{plain(rnd.randint(3, 8)).lower()}.\"")
    if r < 0.3:
        return f"{plain(rnd.randint(5, 12))} (No. {rnd.randint(1, 999)})."
    return plain(rnd.randint(6, 28)) + rnd.choice([".", ".", ".", "?", ";"])


target = size_mb * 1000 * 1000
done = 0
with open(os.path.join(out, "corpus.txt"), "w") as f:
    while done < target:
        para = " ".join(sentence() for _ in range(rnd.randint(2, 7)))
        para += "\n\n"
        f.write(para)
        done += len(para.encode())
