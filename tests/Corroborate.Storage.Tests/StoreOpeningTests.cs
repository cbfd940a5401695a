using Corroborate.Corpus;
using Corroborate.Storage.Sqlite;
using Corroborate.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Tests;

public sealed class StoreOpeningTests
{
    [Fact]
    public void A_New_Store_Is_In_Wal_Mode_At_The_Latest_Schema()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("corpus.db");
        using (var store = CorpusStore.Open(path))
        {
            Assert.Equal(CorpusStore.CurrentSchemaVersion, store.SchemaVersion);
        }

        using var connection = Raw(path);
        Assert.Equal("wal", Sql.Query(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)CorpusStore.CurrentSchemaVersion, Sql.Query(connection, "PRAGMA user_version"));
    }

    [Fact]
    public void A_Store_At_An_Older_Schema_Is_Migrated_And_Keeps_Its_Articles()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("old.db");
        using (var store = CorpusStore.Open(path))
        {
            store.Add([Inputs.Text("old", "Lighthouse keeper retires", Inputs.Feb(1), "The Gullwick lighthouse keeper retired after forty years.")]);
        }

        // Back to schema 1, as a store written before full-text search and follow-up links existed.
        using (var connection = Raw(path))
        {
            Sql.Execute(connection, "DROP INDEX stories_follows; ALTER TABLE stories DROP COLUMN follows; DROP TABLE articles_fts; PRAGMA user_version = 1;");
        }

        using var migrated = CorpusStore.Open(path);

        Assert.Equal(CorpusStore.CurrentSchemaVersion, migrated.SchemaVersion);
        Assert.Equal(["old"], migrated.Search(new SearchQuery("lighthouse")).Select(h => h.ArticleId));
        Assert.NotNull(migrated.Article("old"));
    }

    [Fact]
    public void Migrations_Build_The_Same_Schema_Step_By_Step_As_At_Once()
    {
        using var folder = new TempFolder();
        var stepwise = folder.Combine("stepwise.db");
        using (var connection = Raw(stepwise))
        {
            Assert.Equal(1, StoreSchema.Migrate(connection, upTo: 1));
        }

        using (CorpusStore.Open(stepwise))
        {
        }

        var direct = folder.Combine("direct.db");
        using (CorpusStore.Open(direct))
        {
        }

        using var a = Raw(stepwise);
        using var b = Raw(direct);
        const string schema = "SELECT group_concat(name || ':' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_master ORDER BY name)";
        Assert.Equal(Sql.Query(b, schema), Sql.Query(a, schema));
    }

    [Fact]
    public void A_Missing_Store_Is_Reported_When_It_Must_Exist()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.OpenExisting(folder.Combine("none.db")));

        Assert.Contains("no such store", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("none.db")));
    }

    [Fact]
    public void A_File_That_Is_Not_A_Database_Is_Reported_In_One_Line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.db", string.Concat(Enumerable.Repeat("These are my notes, not a database.\n", 200)));

        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(path));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("notes.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_Sqlite_Database_Is_Not_Taken_For_A_Store()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("other.db");
        using (var connection = Raw(path))
        {
            Sql.Execute(connection, "CREATE TABLE recipes (name TEXT)");
        }

        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(path));

        Assert.Contains("not a Corroborate store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Store_From_A_Newer_Version_Is_Refused()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("newer.db");
        using (CorpusStore.Open(path))
        {
        }

        using (var connection = Raw(path))
        {
            Sql.Execute(connection, $"PRAGMA user_version = {CorpusStore.CurrentSchemaVersion + 1}");
        }

        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(path));

        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
    }

    private static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
