using Corroborate.Corpus;
using Corroborate.Deduplication;
using Corroborate.Pipeline;
using Corroborate.Stories;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>
/// A corpus kept in one SQLite file: articles with their processed documents and revisions, stories, copy
/// links, and a full-text index. Reads (<see cref="ICorpusReader"/>) and incremental writes
/// (<see cref="ICorpusWriter"/>).
/// </summary>
/// <remarks>
/// <para>The file is in WAL mode with foreign keys on; its schema is versioned (<c>PRAGMA user_version</c>) and
/// migrated when opened.</para>
/// <para>Writing happens in two steps. Each article is processed and committed in its own transaction, with its
/// text, full-text row and shingle index entries, marked pending. Every <see cref="CorpusStoreOptions.AssembleEvery"/>
/// articles, and at the end of each <see cref="Add(IEnumerable{Documents.Article})"/>, one transaction brings
/// the pending articles into stories (in time order, continuing the stored clusterer state, and recording the earlier
/// story a new one is a later development of) and finds their copies
/// among everything stored. A process killed in between loses at most the article in flight; pending articles are
/// assembled when the store is next opened.</para>
/// <para>Thread-safe: reads open their own connection and may run concurrently with each other and with a write;
/// writes are serialised. Other processes may read and write the same file (SQLite locking; the clusterer state
/// is reloaded when another process changed it).</para>
/// </remarks>
public sealed partial class CorpusStore : ICorpusReader, ICorpusWriter, IDisposable
{
    private readonly SqliteConnection _writer;
    private readonly string _readConnectionString;
    private readonly CorpusStoreOptions _options;
    private readonly ArticleProcessor _processor;
    private readonly CopyDetector _detector;
    private readonly Lock _gate = new();
    private StoryClusterer? _clusterer;
    private long _clustererVersion = -1;
    private bool _disposed;

    private CorpusStore(string path, SqliteConnection writer, string readConnectionString, CorpusStoreOptions options)
    {
        Path = path;
        _writer = writer;
        _readConnectionString = readConnectionString;
        _options = options;
        _processor = new ArticleProcessor(options.Pipeline);
        _detector = new CopyDetector(options.Deduplication);
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>The schema version this code writes (the latest migration).</summary>
    public static int CurrentSchemaVersion => StoreSchema.Latest;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it when absent, migrating its schema when older, bringing
    /// annotations an older version stored up to date, and finishing articles a killed ingest left pending.
    /// </summary>
    /// <exception cref="CorpusStoreException">The file is not a Corroborate store, is corrupt, or is newer than this code.</exception>
    public static CorpusStore Open(string path, CorpusStoreOptions? options = null) => OpenCore(path, options, create: true);

    /// <summary>Like <see cref="Open"/>, but a missing file is an error instead of a new store.</summary>
    /// <exception cref="CorpusStoreException">The file is missing, not a Corroborate store, corrupt, or newer than this code.</exception>
    public static CorpusStore OpenExisting(string path, CorpusStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new CorpusStoreException($"{path}: no such store (create it with 'corroborate ingest')");
        }

        return OpenCore(path, options, create: false);
    }

    private static CorpusStore OpenCore(string path, CorpusStoreOptions? options, bool create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new CorpusStoreOptions();
        var full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
        };
        var readBuilder = new SqliteConnectionStringBuilder(builder.ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            connection.Run("PRAGMA busy_timeout = 10000");
            CheckIsStore(connection, path);
            connection.Value("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode: a committed transaction survives the process being killed (not a power cut).
            connection.Run("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
            StoreSchema.Migrate(connection);
            var store = new CorpusStore(path, connection, readBuilder.ConnectionString, options);
            lock (store._gate)
            {
                store.UpgradeAnnotations();
                store.Assemble();
            }

            return store;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            SqliteConnection.ClearPool(connection);
            throw new CorpusStoreException($"{path}: cannot open the store ({OneLine(exception.Message)})", exception);
        }
        catch (CorpusStoreException)
        {
            connection.Dispose();
            SqliteConnection.ClearPool(connection);
            throw;
        }
    }

    private static void CheckIsStore(SqliteConnection connection, string path)
    {
        // Reading the header fails here, with SQLITE_NOTADB, when the file is not a SQLite database at all.
        var version = StoreSchema.UserVersion(connection);
        var application = StoreSchema.Scalar<long>(connection, "PRAGMA application_id");
        var tables = StoreSchema.Scalar<long>(connection, "SELECT count(*) FROM sqlite_master");
        if (version == 0 && tables > 0 || version > 0 && application != StoreSchema.ApplicationId)
        {
            throw new CorpusStoreException($"{path}: not a Corroborate store (a SQLite database with other contents)");
        }

        if (version > StoreSchema.Latest)
        {
            throw new CorpusStoreException(
                $"{path}: written by a newer version of Corroborate (schema {version}; this one reads up to {StoreSchema.Latest})");
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = OpenReader();
            return StoreSchema.UserVersion(connection);
        }
    }

    /// <summary>Counts of what the store holds.</summary>
    public StoreStatistics Statistics()
    {
        using var connection = OpenReader();
        int Count(string table) => Convert.ToInt32(connection.Value($"SELECT count(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
        return new StoreStatistics(Count("articles"), Count("revisions"), Count("stories WHERE articles > 0"), Count("copy_links"),
            StoreSchema.UserVersion(connection));
    }

    /// <summary>A new read-only connection (pooled); the caller disposes it.</summary>
    private SqliteConnection OpenReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        connection.Run("PRAGMA busy_timeout = 10000");
        return connection;
    }

    /// <summary>Closes the store.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer.Dispose();
            SqliteConnection.ClearPool(_writer);
            using var reader = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(reader);
        }
    }
}
