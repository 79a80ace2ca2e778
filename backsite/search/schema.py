"""The database objects search needs beyond Django's own tables, per database.

- SQLite: an FTS5 table ``<table>_fts`` reading the three search columns of ``<table>`` (an
  external-content table, so the words are stored once), and triggers that keep it in step with
  every insert, update and delete, bulk ones and raw SQL included.
- PostgreSQL: a trigger that fills ``search_vector`` (names weighted A, aliases B, text C) on every
  insert and update, and a GIN index on it.

``CreateSearchIndex`` makes them in a migration (and removes them when it is reversed).
``ensure_search_indexes`` runs after every ``migrate``: SQLite drops a table's triggers whenever a
migration rebuilds that table, so they are put back and the FTS table refilled if any were gone.
"""

# SQL here is built from table and column names that come from the models, never from input.
# ruff: noqa: S608
from django.db import connections
from django.db.migrations.operations.base import Operation

from . import vocabulary
from .backends import ALIASES_DOCUMENT, FTS_WEIGHTS, NAMES_DOCUMENT, TEXT_SEARCH_CONFIG, fts_table

COLUMNS = ("search_name", "search_aliases", "search_text")


def _sqlite_triggers(table, pk):
    fts = f"{table}_fts"
    cols = ", ".join(COLUMNS)
    new = ", ".join(f"new.{c}" for c in COLUMNS)
    old = ", ".join(f"old.{c}" for c in COLUMNS)
    insert = f'INSERT INTO "{fts}"(rowid, {cols}) VALUES (new."{pk}", {new});'
    delete = f'INSERT INTO "{fts}"("{fts}", rowid, {cols}) VALUES (\'delete\', old."{pk}", {old});'
    return {
        f"{fts}_insert": f'AFTER INSERT ON "{table}" BEGIN {insert} END',
        f"{fts}_delete": f'AFTER DELETE ON "{table}" BEGIN {delete} END',
        f"{fts}_update": f'AFTER UPDATE ON "{table}" BEGIN {delete} {insert} END',
    }


def _create_sqlite(cursor, table, pk):
    """Create what is missing; refill the index if anything was. True when something was made."""
    fts = f"{table}_fts"
    cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE %s", [f"{fts}%"])
    present = {name for (name,) in cursor.fetchall()}
    made = False
    if fts not in present:
        cursor.execute(
            f'CREATE VIRTUAL TABLE "{fts}" USING fts5({", ".join(COLUMNS)}, '
            f"content='{table}', content_rowid='{pk}', tokenize='unicode61')"
        )
        weights = ", ".join(str(w) for w in FTS_WEIGHTS)
        cursor.execute(f"INSERT INTO \"{fts}\"(\"{fts}\", rank) VALUES ('rank', 'bm25({weights})')")
        made = True
    for name, body in _sqlite_triggers(table, pk).items():
        if name not in present:
            cursor.execute(f'CREATE TRIGGER "{name}" {body}')
            made = True
    if made:
        cursor.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
    return made


def _drop_sqlite(cursor, table):
    fts = f"{table}_fts"
    for name in _sqlite_triggers(table, "id"):
        cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    cursor.execute(f'DROP TABLE IF EXISTS "{fts}"')


POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION backsite_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('{TEXT_SEARCH_CONFIG}', coalesce(NEW.search_name, '')), 'A')
        || setweight(to_tsvector('{TEXT_SEARCH_CONFIG}', coalesce(NEW.search_aliases, '')), 'B')
        || setweight(to_tsvector('{TEXT_SEARCH_CONFIG}', coalesce(NEW.search_text, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def _create_postgres(cursor, table):
    """Create or replace the trigger and index; fill rows whose vector is still empty."""
    cursor.execute(POSTGRES_FUNCTION)
    cursor.execute(
        f'CREATE OR REPLACE TRIGGER "{table}_search_vector" BEFORE INSERT OR UPDATE ON "{table}" '
        "FOR EACH ROW EXECUTE FUNCTION backsite_search_vector()"
    )
    # Keep the vector in the row (compressed if need be) rather than in the TOAST table, where
    # ranking 10,000 matches fetched each one from there several times: 50 ms instead of 10.
    cursor.execute(
        "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s",
        [f'"{table}"', "search_vector"],
    )
    if cursor.fetchone()[0] != "m":
        cursor.execute(f'ALTER TABLE "{table}" ALTER COLUMN search_vector SET STORAGE MAIN')
        cursor.execute(f'UPDATE "{table}" SET search_vector = NULL')  # the trigger refills it
    cursor.execute(f'UPDATE "{table}" SET search_vector = NULL WHERE search_vector IS NULL')
    cursor.execute(
        f'CREATE INDEX IF NOT EXISTS "{table}_search_vector" ON "{table}" USING gin (search_vector)'
    )
    # Small indexes of the names alone, which rank names and aliases first (backends.py).
    for suffix, document in (("names", NAMES_DOCUMENT), ("aliases", ALIASES_DOCUMENT)):
        cursor.execute(
            f'CREATE INDEX IF NOT EXISTS "{table}_search_{suffix}" ON "{table}" '
            f"USING gin (({document}))"
        )


def _drop_postgres(cursor, table):
    cursor.execute(f'DROP TRIGGER IF EXISTS "{table}_search_vector" ON "{table}"')
    for suffix in ("vector", "names", "aliases"):
        cursor.execute(f'DROP INDEX IF EXISTS "{table}_search_{suffix}"')


def create(connection, table, pk="id"):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            _create_sqlite(cursor, table, pk)
        elif connection.vendor == "postgresql":
            _create_postgres(cursor, table)


def drop(connection, table):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            _drop_sqlite(cursor, table)
        elif connection.vendor == "postgresql":
            _drop_postgres(cursor, table)


class CreateSearchIndex(Operation):
    """Migration operation: the full-text index for one searchable model."""

    reduces_to_sql = False
    reversible = True

    def __init__(self, model_name):
        self.model_name = model_name

    def deconstruct(self):
        return self.__class__.__name__, [self.model_name], {}

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        create(schema_editor.connection, model._meta.db_table, model._meta.pk.column)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        drop(schema_editor.connection, model._meta.db_table)

    def describe(self):
        return f"Create the full-text search index of {self.model_name}"


def searchable_models():
    from django.apps import apps

    from .models import SearchableModel

    return [model for model in apps.get_models() if issubclass(model, SearchableModel)]


def ensure_search_indexes(using="default", **kwargs):
    """After migrate: put back what a table rebuild removed, where the search index belongs, and
    make the word list for typos exact (vocabulary.py)."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    indexed = []
    for model in searchable_models():
        table = model._meta.db_table
        if table not in tables:
            continue
        if connection.vendor == "sqlite" and fts_table(model) not in tables:
            continue  # migrated back to before the search index
        with connection.cursor() as cursor:
            description = connection.introspection.get_table_description(cursor, table)
        columns = {column.name for column in description}
        if "search_vector" in columns:
            create(connection, table, model._meta.pk.column)
            indexed.append(model)
    if "backsite_searchword" in tables:
        vocabulary.rebuild(indexed, using=using)


def rebuild_vocabulary(using="default", **kwargs):
    """After a restore (which bypasses save()), make the word list match the content again."""
    vocabulary.rebuild(searchable_models(), using=using)


POSTGRES_WORD_INDEX = (
    "CREATE INDEX IF NOT EXISTS backsite_searchword_trigrams "
    "ON backsite_searchword USING gin (word gin_trgm_ops)"
)


def create_word_index(apps, schema_editor):
    """Migration step: pg_trgm's index on the word list; SQLite uses SearchTrigram instead."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_WORD_INDEX)


def fill_search_columns(app_label, model_name, names=(), aliases=(), text=()):
    """A RunPython step that derives the search columns of rows saved before they existed."""

    def run(apps, schema_editor):
        from .models import split_aliases
        from .text import name_document, text_document

        model = apps.get_model(app_label, model_name)
        rows = list(model._base_manager.using(schema_editor.connection.alias).all())
        for row in rows:
            values = {field: getattr(row, field) or "" for field in (*names, *aliases, *text)}
            row.search_name = name_document(*(values[field] for field in names))
            row.search_aliases = name_document(
                *(alias for field in aliases for alias in split_aliases(values[field]))
            )
            row.search_text = text_document(*(values[field] for field in text))
        model._base_manager.using(schema_editor.connection.alias).bulk_update(
            rows, ["search_name", "search_aliases", "search_text"], batch_size=500
        )

    return run
