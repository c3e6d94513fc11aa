#!/usr/bin/env python3
"""Keeps a re-plan proposal of the Paris demo's size in SQLite in the two ways a version can be kept, alternately so
that both meet the same machine load: as a full copy (504,000 duty rows written) and as its changes against the
published full version (its 504,000 rows read and matched in memory, then the 145 duties it adds written as its own
rows and the 53 it drops as removals; the read of the root's rows is timed apart, since the product reads them once
for the re-plan's problem and matches the proposal against the same rows). The plan-duty table, its indexes and the 64 MiB page cache are the product's;
the published version (42,000 units, 12 duties each, on distinct days) is written first and not timed. Units are left out: the product also reads the root's units
(some 45,000 rows, a tenth of the duties) when it keeps a proposal against it.
    bench/plan-writes/proposal-write.py [ROUNDS]
"""
import os, random, sqlite3, sys, tempfile, time, uuid

ROWS, ADDED, REMOVED = 504_000, 145, 53
SCHEMA = '''CREATE TABLE "PlanDuties" ("VersionId" TEXT NOT NULL, "Number" INTEGER NOT NULL, "Agent" INTEGER NOT NULL,
  "Country" TEXT NOT NULL, "SiteId" TEXT NOT NULL, "CapabilityId" TEXT NOT NULL, "Start" TEXT NOT NULL, "End" TEXT NOT NULL,
  CONSTRAINT "PK_PlanDuties" PRIMARY KEY ("VersionId", "Number"));
CREATE INDEX "IX_PlanDuties_VersionId_Agent" ON "PlanDuties" ("VersionId", "Agent");
CREATE INDEX "IX_PlanDuties_VersionId_Country" ON "PlanDuties" ("VersionId", "Country");
CREATE INDEX "IX_PlanDuties_VersionId_SiteId_Start" ON "PlanDuties" ("VersionId", "SiteId", "Start");
CREATE TABLE "PlanDutyRemovals" ("VersionId" TEXT NOT NULL, "Number" INTEGER NOT NULL,
  CONSTRAINT "PK_PlanDutyRemovals" PRIMARY KEY ("VersionId", "Number"));'''


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128))).upper()


def setup():
    folder = tempfile.mkdtemp()
    db = sqlite3.connect(os.path.join(folder, "plan.db"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA cache_size=-65536")
    db.executescript(SCHEMA)
    rng = random.Random(1)
    sites = [guid(rng) for _ in range(80)]
    capabilities = [guid(rng) for _ in range(10)]
    root = guid(rng)
    duties = [(i // 12, rng.choice(["FR", "PL", "DE", "ES"]), rng.choice(sites), rng.choice(capabilities),
               "2027-07-%02d 06:00:00" % (1 + i % 28), "2027-07-%02d 14:00:00" % (1 + i % 28)) for i in range(ROWS)]
    db.execute("BEGIN")
    db.executemany('INSERT INTO "PlanDuties" VALUES (?,?,?,?,?,?,?,?)', [(root, i, *d) for i, d in enumerate(duties)])
    db.execute("COMMIT")
    dropped = set(rng.sample(range(ROWS), REMOVED))
    proposal = [d for i, d in enumerate(duties) if i not in dropped]
    proposal += [(45_000 + i, "FR", rng.choice(sites), rng.choice(capabilities), "2027-07-29 06:00:00", "2027-07-29 14:00:00") for i in range(ADDED)]
    return folder, db, root, proposal, rng


def full(db, proposal, rng):
    version = guid(rng)
    started = time.time()
    db.execute("BEGIN")
    db.executemany('INSERT INTO "PlanDuties" VALUES (?,?,?,?,?,?,?,?)', [(version, i, *d) for i, d in enumerate(proposal)])
    db.execute("COMMIT")
    return time.time() - started


def against_root(db, root, proposal, rng):
    version = guid(rng)
    started = time.time()
    left = {}
    for number, agent, site, capability, start, end in db.execute(
            'SELECT "Number", "Agent", "SiteId", "CapabilityId", "Start", "End" FROM "PlanDuties" WHERE "VersionId" = ?', (root,)):
        left.setdefault((agent, site, capability, start, end), number)
    read = time.time() - started
    following = max(left.values()) + 1
    own = []
    for agent, country, site, capability, start, end in proposal:
        if left.pop((agent, site, capability, start, end), None) is None:
            own.append((version, following + len(own), agent, country, site, capability, start, end))
    db.execute("BEGIN")
    db.executemany('INSERT INTO "PlanDuties" VALUES (?,?,?,?,?,?,?,?)', own)
    db.executemany('INSERT INTO "PlanDutyRemovals" VALUES (?,?)', [(version, n) for n in sorted(left.values())])
    db.execute("COMMIT")
    assert (len(own), len(left)) == (ADDED, REMOVED)
    return read, time.time() - started - read


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
print(f"proposal of {ROWS - REMOVED + ADDED:,} duties ({ADDED} added, {REMOVED} removed), SQLite {sqlite3.sqlite_version}")
folder, db, root, proposal, rng = setup()
try:
    for r in range(rounds):
        load = os.getloadavg()[0]
        print(f"round {r + 1}  full copy: written in {full(db, proposal, rng):6.2f} s  (load average {load:.1f})", flush=True)
        load = os.getloadavg()[0]
        read, written = against_root(db, root, proposal, rng)
        print(f"round {r + 1}  changes:   root read in {read:6.2f} s, matched and written in {written:6.2f} s  (load average {load:.1f})", flush=True)
finally:
    db.close()
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
