#!/usr/bin/env python3
"""Writes one plan version's duties (504,000 rows, the size of the Paris demo's plan) into a fresh SQLite file, with
the plan-duty table as it was before and as it is now, alternately, so that both meet the same machine load.

Before: foreign keys to the site and capability (each checked on every row) and their two indexes, SQLite's default
page cache. Now: site and capability as plain references, a 64 MiB page cache for the write (what BulkInsert sets).
The other indexes, the primary key and the values are the same. Foreign keys are switched on as the product does.
    bench/plan-writes/duty-write.py [ROUNDS]
"""
import os, random, sqlite3, sys, tempfile, time, uuid

ROWS = 504_000
COMMON = '''CREATE TABLE "Sites" ("Id" TEXT NOT NULL CONSTRAINT "PK_Sites" PRIMARY KEY);
CREATE TABLE "Capabilities" ("Id" TEXT NOT NULL CONSTRAINT "PK_Capabilities" PRIMARY KEY);'''
BEFORE = COMMON + '''
CREATE TABLE "PlanDuties" ("VersionId" TEXT NOT NULL, "Number" INTEGER NOT NULL, "Agent" INTEGER NOT NULL,
  "Country" TEXT NOT NULL, "SiteId" TEXT NOT NULL, "CapabilityId" TEXT NOT NULL, "Start" TEXT NOT NULL, "End" TEXT NOT NULL,
  CONSTRAINT "PK_PlanDuties" PRIMARY KEY ("VersionId", "Number"),
  CONSTRAINT "FK_PlanDuties_Capabilities_CapabilityId" FOREIGN KEY ("CapabilityId") REFERENCES "Capabilities" ("Id"),
  CONSTRAINT "FK_PlanDuties_Sites_SiteId" FOREIGN KEY ("SiteId") REFERENCES "Sites" ("Id"));
CREATE INDEX "IX_PlanDuties_CapabilityId" ON "PlanDuties" ("CapabilityId");
CREATE INDEX "IX_PlanDuties_SiteId" ON "PlanDuties" ("SiteId");'''
NOW = COMMON + '''
CREATE TABLE "PlanDuties" ("VersionId" TEXT NOT NULL, "Number" INTEGER NOT NULL, "Agent" INTEGER NOT NULL,
  "Country" TEXT NOT NULL, "SiteId" TEXT NOT NULL, "CapabilityId" TEXT NOT NULL, "Start" TEXT NOT NULL, "End" TEXT NOT NULL,
  CONSTRAINT "PK_PlanDuties" PRIMARY KEY ("VersionId", "Number"));'''
INDEXES = '''
CREATE INDEX "IX_PlanDuties_VersionId_Agent" ON "PlanDuties" ("VersionId", "Agent");
CREATE INDEX "IX_PlanDuties_VersionId_Country" ON "PlanDuties" ("VersionId", "Country");
CREATE INDEX "IX_PlanDuties_VersionId_SiteId_Start" ON "PlanDuties" ("VersionId", "SiteId", "Start");'''


def write(schema, pragmas):
    folder = tempfile.mkdtemp()
    db = sqlite3.connect(os.path.join(folder, "plan.db"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(schema + INDEXES)
    sites = [str(uuid.UUID(int=random.Random(i).getrandbits(128))).upper() for i in range(80)]
    capabilities = [str(uuid.UUID(int=random.Random(1000 + i).getrandbits(128))).upper() for i in range(10)]
    db.executemany('INSERT INTO "Sites" VALUES (?)', [(s,) for s in sites])
    db.executemany('INSERT INTO "Capabilities" VALUES (?)', [(c,) for c in capabilities])
    db.execute("PRAGMA foreign_keys=ON")
    for pragma in pragmas:
        db.execute(pragma)
    rng = random.Random(1)
    version = str(uuid.UUID(int=rng.getrandbits(128))).upper()
    rows = [(version, i, rng.randrange(45_000), rng.choice(["FR", "PL", "DE", "ES"]), rng.choice(sites), rng.choice(capabilities),
             "2027-07-%02d 06:00:00" % (1 + i % 28), "2027-07-%02d 14:00:00" % (1 + i % 28)) for i in range(ROWS)]
    started = time.time()
    db.execute("BEGIN")
    db.executemany('INSERT INTO "PlanDuties" VALUES (?,?,?,?,?,?,?,?)', rows)
    db.execute("COMMIT")
    seconds = time.time() - started
    db.close()
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
    return seconds


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
print(f"{ROWS:,} duties per write, SQLite {sqlite3.sqlite_version}")
for r in range(rounds):
    for label, schema, pragmas in (("before", BEFORE, []), ("now", NOW, ["PRAGMA cache_size=-65536"])):
        load = os.getloadavg()[0]
        print(f"round {r + 1}  {label:6}  {write(schema, pragmas):6.1f} s  (load average {load:.1f})", flush=True)
