using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>
/// The store's schema as an ordered list of migrations. <c>PRAGMA user_version</c> holds the number of the
/// last one applied; opening a store applies the ones after it, each in its own transaction.
/// </summary>
/// <remarks>Never edit a migration that has shipped: add the next one.</remarks>
internal static class StoreSchema
{
    /// <summary>Marks a SQLite file as a Corroborate store (<c>PRAGMA application_id</c>, "CRBR").</summary>
    public const int ApplicationId = 0x43524252;

    /// <summary>A migration: the schema version it brings the store to and what it runs.</summary>
    public sealed record Migration(int Version, string Description, Action<SqliteConnection> Apply);

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles, revisions, stories, copy links, shingle index, state", connection => Execute(connection, V1)),
        new(2, "full-text search over title, text and outlet", connection => Execute(connection, V2)),
        new(3, "follow-up links between stories", MigrateToV3),
    ];

    public static int Latest => Migrations[^1].Version;

    // Articles hold their current version; revisions hold every version's content hash and origin, and the
    // whole document of each superseded version. Text columns named in the FTS table mirror the current version.
    private const string V1 = """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE,
            title TEXT NOT NULL,
            articles INTEGER NOT NULL,
            independent_sources INTEGER NOT NULL,
            outlets INTEGER NOT NULL,
            first_published TEXT,
            last_published TEXT,
            first_utc INTEGER,
            last_utc INTEGER,
            contested INTEGER NOT NULL DEFAULT 0,
            annotations TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE articles (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            kind INTEGER NOT NULL,
            origin_path TEXT NOT NULL,
            origin_line INTEGER,
            origin_item INTEGER,
            source_metadata TEXT NOT NULL,
            metadata TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            published TEXT,
            published_utc INTEGER,
            text TEXT NOT NULL,
            lead TEXT NOT NULL DEFAULT '',
            paragraphs TEXT NOT NULL,
            removed TEXT NOT NULL,
            annotations TEXT NOT NULL DEFAULT '{}',
            annotations_version INTEGER NOT NULL DEFAULT 1,
            speakers TEXT NOT NULL DEFAULT '',
            story_id TEXT REFERENCES stories(id),
            revision INTEGER NOT NULL DEFAULT 1,
            pending INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        );
        CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_pending ON articles(pending) WHERE pending <> 0;
        CREATE TABLE revisions (
            article INTEGER NOT NULL REFERENCES articles(number),
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            origin TEXT NOT NULL,
            added_at TEXT NOT NULL,
            document TEXT,
            PRIMARY KEY (article, revision)
        );
        CREATE INDEX revisions_hash ON revisions(content_hash);
        CREATE TABLE copy_links (
            article TEXT NOT NULL REFERENCES articles(id),
            of TEXT NOT NULL REFERENCES articles(id),
            kind INTEGER NOT NULL,
            containment REAL NOT NULL,
            resemblance REAL NOT NULL,
            text_share REAL NOT NULL,
            paragraphs TEXT NOT NULL,
            PRIMARY KEY (article, of)
        );
        CREATE INDEX copy_links_of ON copy_links(of);
        CREATE TABLE shingles (
            hash INTEGER NOT NULL,
            article INTEGER NOT NULL REFERENCES articles(number),
            PRIMARY KEY (hash, article)
        ) WITHOUT ROWID;
        CREATE INDEX shingles_article ON shingles(article);
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            value BLOB NOT NULL
        );
        """;

    // External-content FTS: the text lives once, in articles; the index is kept in step by the writer.
    private const string V2 = """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, outlet,
            content = 'articles', content_rowid = 'number',
            tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        """;

    // The earlier story a story continues (a later development of the same event), by story id. Not a foreign key:
    // a story left without articles is deleted, and a link to it is dropped when read.
    private const string V3 = """
        ALTER TABLE stories ADD COLUMN follows TEXT;
        CREATE INDEX stories_follows ON stories(follows) WHERE follows IS NOT NULL;
        """;

    // Links the clusterer state already knows (a store written after the clusterer kept them, before this column):
    // its live stories that follow another.
    private static void MigrateToV3(SqliteConnection connection)
    {
        Execute(connection, V3);
        if (connection.Value("SELECT value FROM state WHERE key = 'clusterer'") is not byte[] saved)
        {
            return;
        }

        foreach (var story in ClustererStateCodec.Read(saved).Stories)
        {
            if (story.Follows is { } follows)
            {
                connection.Run("UPDATE stories SET follows = @follows WHERE id = @id AND follows IS NULL",
                    ("@follows", CorpusStore.StoreStoryId(follows)), ("@id", CorpusStore.StoreStoryId(story.Id)));
            }
        }
    }

    /// <summary>Applies the migrations after the store's version, up to <paramref name="upTo"/> (the latest by default).</summary>
    /// <returns>The version the store is at afterwards.</returns>
    public static int Migrate(SqliteConnection connection, int? upTo = null)
    {
        var target = upTo ?? Latest;
        var version = UserVersion(connection);
        foreach (var migration in Migrations.Where(m => m.Version > version && m.Version <= target))
        {
            using var transaction = new WriteTransaction(connection);
            // Another process may have migrated while this one waited for the lock.
            if (UserVersion(connection) >= migration.Version)
            {
                continue;
            }

            migration.Apply(connection);
            Execute(connection, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {migration.Version};");
            transaction.Commit();
            version = migration.Version;
        }

        return UserVersion(connection);
    }

    public static int UserVersion(SqliteConnection connection) => Scalar<int>(connection, "PRAGMA user_version");

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
