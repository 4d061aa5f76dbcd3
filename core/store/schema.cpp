#include "store/schema.h"

#include "store/messages.h"

#include <QByteArray>

namespace folja::store::schema {

namespace {

// Design notes for v1:
// * Every child table carries arende_id as the leading key of its primary key, so that the
//   analysis snapshot can stream all tables in ärende order and merge them in one pass, and so
//   that ON DELETE CASCADE from arenden finds children through the primary key.
// * Only arende_id has a foreign key in the value tables and in uppfoljningar: an FK on insats_id
//   would need an extra index on every child table for its delete checks, and children are
//   always replaced per ärende by the repository, never per insats.
// * Multi-valued answers live in *_values tables, and insatser/uppföljningar carry an ordinal, so
//   the order of every list survives a round trip even when ids are kept across updates.
// * external_id is NULL for ärenden registered in Följa itself (UNIQUE allows many NULLs).
// * Dates are ISO 'YYYY-MM-DD' TEXT; missing answers are NULL.
// * The variable of a *_values row is a small integer (see the table comments), not its name:
//   these are the most numerous rows, and every byte is decrypted again on each full read.
// * persons.pnr_enc is AES-GCM ciphertext; the number itself is never stored in clear.
constexpr auto kSchemaV1 = R"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB
) WITHOUT ROWID;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    roles INTEGER NOT NULL DEFAULT 0 CHECK (roles BETWEEN 0 AND 7),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    pseudonym BLOB NOT NULL UNIQUE,
    pnr_enc BLOB NOT NULL,
    id_type INTEGER NOT NULL,
    kon TEXT,
    birth_date TEXT,
    skyddad INTEGER NOT NULL DEFAULT 0 CHECK (skyddad IN (0, 1)),
    ursprung TEXT
);

CREATE TABLE arenden (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    malgrupp TEXT,
    enhet TEXT,
    owner_account_id INTEGER NOT NULL REFERENCES accounts(id),
    aktualisering_datum TEXT,
    aktualiseringstyp TEXT,
    tidigare_kontakt TEXT,
    hushallstyp TEXT,
    beslut_datum TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX arenden_owner ON arenden(owner_account_id);
CREATE INDEX arenden_person ON arenden(person_id);

-- variable: 1 aktualiseringsorsak, 2 problematik
CREATE TABLE arende_values (
    arende_id INTEGER NOT NULL REFERENCES arenden(id) ON DELETE CASCADE,
    variable INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    value_code TEXT NOT NULL,
    PRIMARY KEY (arende_id, variable, ord)
) WITHOUT ROWID;

CREATE TABLE insatser (
    id INTEGER PRIMARY KEY,
    arende_id INTEGER NOT NULL REFERENCES arenden(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    ksi TEXT,
    catalog_version TEXT,
    beslut_datum TEXT,
    verkstallande_datum TEXT,
    avslut_datum TEXT
);
CREATE INDEX insatser_arende ON insatser(arende_id, ord);

-- variable: 1 avslutsorsak
CREATE TABLE insats_values (
    arende_id INTEGER NOT NULL REFERENCES arenden(id) ON DELETE CASCADE,
    insats_id INTEGER NOT NULL,
    variable INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    value_code TEXT NOT NULL,
    PRIMARY KEY (arende_id, insats_id, variable, ord)
) WITHOUT ROWID;

CREATE TABLE uppfoljningar (
    id INTEGER PRIMARY KEY,
    arende_id INTEGER NOT NULL REFERENCES arenden(id) ON DELETE CASCADE,
    insats_id INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    datum TEXT,
    sip TEXT,
    maluppfyllelse TEXT,
    parallella_insatser TEXT,
    genomforande TEXT,
    b1a TEXT,
    b1b TEXT,
    b2 TEXT,
    b3 TEXT,
    b4 TEXT,
    b5 TEXT
);
CREATE INDEX uppfoljningar_arende ON uppfoljningar(arende_id, insats_id, ord);

-- variable: 1 samverkan
CREATE TABLE uppfoljning_values (
    arende_id INTEGER NOT NULL REFERENCES arenden(id) ON DELETE CASCADE,
    uppfoljning_id INTEGER NOT NULL,
    variable INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    value_code TEXT NOT NULL,
    PRIMARY KEY (arende_id, uppfoljning_id, variable, ord)
) WITHOUT ROWID;

-- entity_type: 1 ärende, 2 insats, 3 uppföljning (entity_id is then the arende/insats/uppföljning id)
CREATE TABLE comments (
    arende_id INTEGER NOT NULL REFERENCES arenden(id) ON DELETE CASCADE,
    entity_type INTEGER NOT NULL CHECK (entity_type IN (1, 2, 3)),
    entity_id INTEGER NOT NULL,
    variable TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (arende_id, entity_type, entity_id, variable)
) WITHOUT ROWID;

-- AUTOINCREMENT: sequence numbers are never reused, even after gallring removes old entries.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT,
    object_ref TEXT,
    details TEXT,
    prev_hash BLOB,
    hash BLOB
);

CREATE TABLE saved_analyses (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    owner_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    query_json TEXT NOT NULL,
    chart_type TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX saved_analyses_owner ON saved_analyses(owner_account_id);

CREATE TABLE drafts (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    arende_key TEXT NOT NULL,
    payload BLOB NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account_id, arende_key)
) WITHOUT ROWID;
)SQL";

// v2: the analysis filters by enhet and the admin views page the audit log by time.
constexpr auto kSchemaV2 = R"SQL(
CREATE INDEX arenden_enhet ON arenden(enhet);
CREATE INDEX audit_log_ts ON audit_log(ts);
)SQL";

// v3: the persisted analysis snapshot and its change log (core/store/analysiscache.h).
// * analysis_cache holds one header row; the serialised snapshot (analysis/snapshotio.h) lives in
//   analysis_cache_chunks in pieces of a few MB, so neither side ever holds a second copy of a
//   ~100 MB blob.
// * analysis_changes is the log of ärenden written after the cache was made. Its AUTOINCREMENT
//   key is the data revision: sqlite_sequence keeps the highest one ever handed out, so a pruned
//   log never reuses a revision. Triggers write it in the same transaction as the write itself,
//   so no write path can forget it. Children (insatser, uppföljningar, *_values) are only ever
//   written together with their ärende row (the repository updates arenden.updated_at on every
//   save), so the triggers on arenden catch them without a trigger per child row. Nothing is
//   logged while there is no cache: an import into a fresh file pays one EXISTS per ärende.
// * Deleting an ärende or a person (radering, gallring, removal of a person) deletes the cache
//   and its log in the same transaction: erased data must not linger in a copy (secure_delete
//   overwrites the freed pages). A rättelse only logs the ärende; see analysiscache.h.
constexpr auto kSchemaV3 = R"SQL(
CREATE TABLE analysis_cache (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    base_revision INTEGER NOT NULL,
    format_version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    chunks INTEGER NOT NULL
);
CREATE TABLE analysis_cache_chunks (
    seq INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE analysis_changes (
    revision INTEGER PRIMARY KEY AUTOINCREMENT,
    arende_id INTEGER NOT NULL
);
CREATE TRIGGER analysis_log_arende_insert AFTER INSERT ON arenden
WHEN EXISTS (SELECT 1 FROM analysis_cache)
BEGIN
    INSERT INTO analysis_changes(arende_id) VALUES (NEW.id);
END;
CREATE TRIGGER analysis_log_arende_update AFTER UPDATE ON arenden
WHEN EXISTS (SELECT 1 FROM analysis_cache)
BEGIN
    INSERT INTO analysis_changes(arende_id) VALUES (NEW.id);
END;
CREATE TRIGGER analysis_log_person_update AFTER UPDATE ON persons
WHEN EXISTS (SELECT 1 FROM analysis_cache)
BEGIN
    INSERT INTO analysis_changes(arende_id) SELECT id FROM arenden WHERE person_id = NEW.id;
END;
CREATE TRIGGER analysis_drop_on_arende_delete AFTER DELETE ON arenden
WHEN EXISTS (SELECT 1 FROM analysis_cache) OR EXISTS (SELECT 1 FROM analysis_cache_chunks)
BEGIN
    DELETE FROM analysis_cache;
    DELETE FROM analysis_cache_chunks;
    DELETE FROM analysis_changes;
END;
CREATE TRIGGER analysis_drop_on_person_delete AFTER DELETE ON persons
WHEN EXISTS (SELECT 1 FROM analysis_cache) OR EXISTS (SELECT 1 FROM analysis_cache_chunks)
BEGIN
    DELETE FROM analysis_cache;
    DELETE FROM analysis_cache_chunks;
    DELETE FROM analysis_changes;
END;
)SQL";

// v4: the Cell Key Method's record keys (analysis/cellkey.h). Every person, ärende, insats and
// uppföljning carries a random key 0..255, drawn when the record is created (the repository binds
// one from OpenSSL's generator) and kept for the record's life: an edit, a move to another
// handläggare or a re-import updates the row or re-inserts a child under its old id with its old
// key. Existing rows get their keys here, from SQLite's generator (seeded from the system's), in
// the same transaction as the columns. A database that already holds accounts when it reaches v4
// is an existing one: it keeps disclosure control by suppression (the setting
// "protection_method", core/access/settings.h) until an administratör changes it; a new database
// has no row and so uses the default, the Cell Key Method. The persisted analysis snapshot has no
// keys (its format changes too): it is dropped first, which also keeps the triggers from logging
// every row the key fill touches.
constexpr auto kSchemaV4 = R"SQL(
DELETE FROM analysis_cache;
DELETE FROM analysis_cache_chunks;
DELETE FROM analysis_changes;
ALTER TABLE persons ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE arenden ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE insatser ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE uppfoljningar ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
UPDATE persons SET record_key = random() & 255;
UPDATE arenden SET record_key = random() & 255;
UPDATE insatser SET record_key = random() & 255;
UPDATE uppfoljningar SET record_key = random() & 255;
INSERT OR IGNORE INTO settings(key, value)
    SELECT 'protection_method', 'suppression' WHERE EXISTS (SELECT 1 FROM accounts);
)SQL";

// v5: a person's answers (ursprung, skyddad) are kept per ärende, so that they are seen and
// changed only through an ärende the user may see (issue 10). Every ärende gets its person's
// values; the person rows keep only what the personnummer gives (their old columns are emptied,
// not dropped, so the step needs nothing newer than the SQLite of the oldest supported build).
// One step, one transaction: migrate() rolls all of it back if any statement fails.
constexpr auto kSchemaV5 = R"SQL(
ALTER TABLE arenden ADD COLUMN ursprung TEXT;
ALTER TABLE arenden ADD COLUMN skyddad INTEGER NOT NULL DEFAULT 0 CHECK (skyddad IN (0, 1));
UPDATE arenden SET ursprung = (SELECT p.ursprung FROM persons p WHERE p.id = arenden.person_id),
                   skyddad = (SELECT p.skyddad FROM persons p WHERE p.id = arenden.person_id);
UPDATE persons SET ursprung = NULL, skyddad = 0 WHERE ursprung IS NOT NULL OR skyddad <> 0;
)SQL";

// v6: kön and age entered by hand for a person whose Person-ID gives none (a reservnummer
// without a birth date or kön rule; issue 12). persons.kon and persons.birth_date keep holding
// what the analysis reads (the entered kön; the birth date an entered age implies), and these
// columns mark them as entered and keep the age as it was entered (years on alder_entered_on,
// the ärende's aktualisering). Existing rows are all derived: the defaults say so. One step, one
// transaction: a failure rolls all of it back.
constexpr auto kSchemaV6 = R"SQL(
ALTER TABLE persons ADD COLUMN kon_entered INTEGER NOT NULL DEFAULT 0 CHECK (kon_entered IN (0, 1));
ALTER TABLE persons ADD COLUMN alder_entered INTEGER CHECK (alder_entered BETWEEN 0 AND 130);
ALTER TABLE persons ADD COLUMN alder_entered_on TEXT;
)SQL";

// v7: the import wizard's saved mappings (issue 14), shared by the kommun under a unique name
// ("Treserva-uttag") so that the monthly import is three clicks or one scheduled `folja-cli import
// --mapping NAME`; and the accounts an administratör allows to use them (access/importmappings.h).
// A mapping holds column names, value names and codes of the source system, never personal data.
// One step, one transaction: a failure rolls all of it back.
constexpr auto kSchemaV7 = R"SQL(
CREATE TABLE import_mappings (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    mapping_json TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE import_rights (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// v8: the state of exchange packages per ärende (issue 13, core/access/exchange.h). An ärende that
// has travelled in an exchange package has a stable id, the same in every database it reaches
// (arenden.id is local to one file), and the content hash of the version that was last sent or
// received: an ärende whose content differs from it was changed here since the last exchange, which
// is what the conflict report needs. The row goes with its ärende (ON DELETE CASCADE: radering and
// gallring leave nothing behind). One step, one transaction.
constexpr auto kSchemaV8 = R"SQL(
CREATE TABLE exchange_state (
    arende_id INTEGER PRIMARY KEY REFERENCES arenden(id) ON DELETE CASCADE,
    stable_id TEXT NOT NULL UNIQUE CHECK (length(stable_id) = 32),
    base_hash BLOB,
    exchanged_at TEXT
);
)SQL";

// v9: an ärende erased here (radering, gallring) must not come back with the next exchange package
// from a laptop that still holds it. Deleting an ärende deletes its exchange_state row (ON DELETE
// CASCADE); this trigger keeps the stable id of every such row, so the rule holds by construction
// for every way an ärende is deleted. Only the random stable id and a date: no personal data.
// (INSERT OR REPLACE on exchange_state deletes without firing the trigger: recursive_triggers is off.)
constexpr auto kSchemaV9 = R"SQL(
CREATE TABLE exchange_removed (
    stable_id TEXT PRIMARY KEY CHECK (length(stable_id) = 32),
    removed_at TEXT NOT NULL
);
CREATE TRIGGER exchange_state_removed AFTER DELETE ON exchange_state
BEGIN
    INSERT OR IGNORE INTO exchange_removed(stable_id, removed_at)
    VALUES (old.stable_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
)SQL";

Result<void> perArendePersonAnswers(sqlite::Connection& conn)
{
    return conn.exec(kSchemaV5);
}

Result<void> setVersion(sqlite::Connection& conn, int version)
{
    // PRAGMA takes no bound parameters; the value is an int we produced, not user input.
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
    if (auto rc = conn.exec(pragma.constData()); !rc)
        return rc.error();
    auto meta = conn.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)");
    if (!meta)
        return meta.error();
    return meta->bind(1, static_cast<qint64>(version)).run();
}

} // namespace

const QList<Migration>& builtinMigrations()
{
    static const QList<Migration> steps = {
        {1, [](sqlite::Connection& conn) { return conn.exec(kSchemaV1); }},
        {2, [](sqlite::Connection& conn) { return conn.exec(kSchemaV2); }},
        {3, [](sqlite::Connection& conn) { return conn.exec(kSchemaV3); }},
        {4, [](sqlite::Connection& conn) { return conn.exec(kSchemaV4); }},
        {5, perArendePersonAnswers},
        {6, [](sqlite::Connection& conn) { return conn.exec(kSchemaV6); }},
        {7, [](sqlite::Connection& conn) { return conn.exec(kSchemaV7); }},
        {8, [](sqlite::Connection& conn) { return conn.exec(kSchemaV8); }},
        {9, [](sqlite::Connection& conn) { return conn.exec(kSchemaV9); }},
    };
    return steps;
}

Result<int> userVersion(sqlite::Connection& conn)
{
    auto version = conn.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Result<int> migrate(sqlite::Connection& conn, int target, const QList<Migration>& steps)
{
    auto current = userVersion(conn);
    if (!current)
        return current.error();
    int version = *current;
    int newest = 0;
    for (const Migration& step : steps)
        newest = std::max(newest, step.toVersion);
    if (version > newest)
        return messages::newerVersion();
    while (version < target) {
        const auto it = std::find_if(steps.cbegin(), steps.cend(),
                                     [version](const Migration& m) { return m.toVersion == version + 1; });
        if (it == steps.cend())
            return messages::internal();
        auto tx = sqlite::Transaction::begin(conn);
        if (!tx)
            return tx.error();
        if (auto rc = it->apply(conn); !rc)
            return rc.error(); // the Transaction's destructor rolls the step back
        if (auto rc = setVersion(conn, it->toVersion); !rc)
            return rc.error();
        if (auto rc = tx->commit(); !rc)
            return rc.error();
        version = it->toVersion;
    }
    return version;
}

} // namespace folja::store::schema
