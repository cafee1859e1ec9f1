using Microsoft.Data.Sqlite;

namespace Cms.Web.Tests;

/// <summary>A database several test nodes (<see cref="ClusterNodeFactory"/>) share; dropped at the end.</summary>
public sealed class SharedDatabase : IDisposable
{
    private readonly TempDirectory directory = new();

    public string Directory => directory.Path;

    /// <summary>A node over this database; the first one started migrates and seeds it.</summary>
    public ClusterNodeFactory StartNode()
    {
        var node = new ClusterNodeFactory(this);
        _ = node.Services; // started now, not at its first request: nodes start one after another
        return node;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestDatabase.Drop(directory.Path);
        directory.Dispose();
    }
}
