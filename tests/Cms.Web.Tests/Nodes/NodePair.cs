using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Cli;
using Cms.Web.Tests.Search;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cms.Web.Tests.Nodes;

/// <summary>
/// Two site processes, nodes A and B, on one database of the provider under test (PostgreSQL: the test database;
/// SQLite: one database file both open through <c>ConnectionStrings:Cms</c>), each with its own data directory (search
/// index, uploads) and its own home directory, so that nothing passes between them through the file system (such as
/// ASP.NET's default key ring in ~/.aspnet), as on two machines. A node can be killed with SIGKILL and started again
/// on its address. One editor with an API token.
/// </summary>
public sealed class NodePair : IAsyncLifetime
{
    public const string Email = "nodes-editor@newsroom.test";
    public const string Password = "correct horse battery staple";

    private readonly TempDirectory root = new();
    private readonly SiteProcess?[] sites = new SiteProcess?[2];
    private readonly int[] ports = new int[2];

    public string Token { get; private set; } = "";

    private string DatabaseKey => Path.Combine(root.Path, "db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DatabaseKey);
        await StartAsync(Node.A); // alone: it migrates and seeds, and on PostgreSQL takes the scheduler lease
        var cli = Path.Combine(root.Path, "cli");
        var added = await CliRunner.RunWithSettingsAsync(cli, DatabaseSettings(cli), Password + "\n", "users", "add", "--email", Email, "--role", "editor");
        Assert.True(added.ExitCode == 0, added.Error);
        var issued = await CliRunner.RunWithSettingsAsync(cli, DatabaseSettings(cli), "", "users", "token", "--email", Email);
        Assert.True(issued.ExitCode == 0, issued.Error);
        Token = issued.Output.Trim();
        await StartAsync(Node.B);
    }

    public Uri Address(Node node) => Site(node).Address;

    public string Output(Node node) => Site(node).RecentOutput;

    /// <summary>A URL of the node: <paramref name="path"/> with its query.</summary>
    public Uri Url(Node node, string path) => new(Address(node), path);

    /// <summary>An API client of the node with the editor's token.</summary>
    public HttpClient Api(Node node)
    {
        var client = new HttpClient { BaseAddress = Address(node), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>SIGKILL: the node ends at once, whatever it was doing.</summary>
    public void Kill(Node node) => Site(node).Kill();

    /// <summary>Starts whichever node is not running (killed by an earlier test), on its old address.</summary>
    public async Task EnsureRunningAsync()
    {
        foreach (var node in new[] { Node.A, Node.B })
        {
            if (sites[(int)node] is not { HasExited: false })
            {
                await StartAsync(node);
            }
        }
    }

    public async Task StartAsync(Node node)
    {
        sites[(int)node]?.Dispose();
        sites[(int)node] = null;
        var name = Name(node);
        var data = Path.Combine(root.Path, name);
        var settings = DatabaseSettings(data, node);
        settings["Cms:SignInAttemptsPerClient"] = "100000";
        if (!TestDatabase.IsPostgres)
        {
            // SQLite tells no process of another's commits: a node sees them when it polls the change log. Half the
            // default poll keeps a change within a second of the other node with room for the index's own work.
            settings["SearchIndex:PollMilliseconds"] = "500";
        }
        var home = Directory.CreateDirectory(Path.Combine(root.Path, "home-" + name)).FullName; // a missing one would not be used
        var site = await SiteProcess.StartAsync(data, settings, new Dictionary<string, string> { ["HOME"] = home }, ports[(int)node]);
        ports[(int)node] = site.Address.Port;
        sites[(int)node] = site;
    }

    /// <summary>The node's search index: documents, what it has applied of the log, the log's end, live translations.</summary>
    public async Task<JsonElement> IndexStatusAsync(Node node)
    {
        using var api = Api(node);
        return await api.GetFromJsonAsync<JsonElement>("/api/v1/search/index");
    }

    /// <summary>The first column of a query on the shared database (parameters as <c>@name</c>).</summary>
    public async Task<List<object?>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        DbConnection connection = TestDatabase.IsPostgres
            ? new NpgsqlConnection(TestDatabase.Settings(DatabaseKey)["ConnectionStrings:Cms"])
            : new SqliteConnection($"Data Source={SqliteFile};Pooling=False");
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            var values = new List<object?>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
            }

            return values;
        }
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await QueryAsync(sql, parameters)).Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The database's name of a node's connections (PostgreSQL's application_name), e.g. to find who holds a lock.</summary>
    public static string ApplicationName(Node node) => "cms-node-" + Name(node);

    public Task DisposeAsync()
    {
        foreach (var site in sites)
        {
            site?.Dispose();
        }

        SqliteConnection.ClearAllPools();
        TestDatabase.Drop(DatabaseKey);
        root.Dispose();
        return Task.CompletedTask;
    }

    private static string Name(Node node) => node == Node.A ? "a" : "b";

    private string SqliteFile => Path.Combine(DatabaseKey, "cms.db");

    private SiteProcess Site(Node node) => sites[(int)node] ?? throw new InvalidOperationException($"node {node} is not started");

    /// <summary>The host settings of a process over <paramref name="dataDirectory"/> on the pair's database; a node's
    /// PostgreSQL connections carry its name.</summary>
    private Dictionary<string, string> DatabaseSettings(string dataDirectory, Node? node = null)
    {
        var settings = new Dictionary<string, string>(TestDatabase.Settings(dataDirectory, DatabaseKey), StringComparer.Ordinal);
        if (TestDatabase.IsPostgres && node is { } named)
        {
            settings["ConnectionStrings:Cms"] = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Cms"]) { ApplicationName = ApplicationName(named) }.ConnectionString;
        }

        return settings;
    }
}
