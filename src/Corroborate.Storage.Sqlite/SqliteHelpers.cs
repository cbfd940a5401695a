using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>
/// <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>, rolled back on dispose unless committed. Plain SQL rather than
/// <see cref="SqliteTransaction"/>, so commands need no transaction object.
/// </summary>
internal sealed class WriteTransaction : IDisposable
{
    private readonly SqliteConnection _connection;
    private bool _done;

    public WriteTransaction(SqliteConnection connection)
    {
        _connection = connection;
        connection.Run("BEGIN IMMEDIATE");
    }

    public void Commit()
    {
        _connection.Run("COMMIT");
        _done = true;
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _connection.Run("ROLLBACK");
        }
    }
}

internal static class SqliteHelpers
{
    /// <summary>A command with named parameters given as (name, value) pairs; null becomes NULL.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Run(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Value(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static string? StringOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Int64OrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
