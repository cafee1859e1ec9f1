using System.Globalization;
using Cms.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Web.Operations;

/// <summary>
/// This process's name among the nodes behind one load balancer: <c>Cms:NodeName</c>, else the machine's name and the
/// port it was told to listen on (<c>web1:5080</c>), so that two processes on one machine differ too. It goes into
/// every log line (a logging scope), the metrics' resource (<c>service.instance.id</c>), the health answers and, when
/// <c>Cms:NodeHeader</c> is set, the <c>X-Cms-Node</c> header.
/// </summary>
internal sealed class CmsNode(IOptions<CmsOptions> options, IConfiguration configuration)
{
    public const int MaxLength = 100;

    public string Name { get; } = options.Value.NodeName ?? Default(configuration);

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= MaxLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    private static string Default(IConfiguration configuration)
    {
        var machine = new string([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]);
        machine = machine.Length == 0 ? "node" : machine[..Math.Min(machine.Length, MaxLength - 6)];
        return Port(configuration) is { } port ? machine + ":" + port.ToString(CultureInfo.InvariantCulture) : machine;
    }

    /// <summary>The first port of <c>urls</c> (<c>ASPNETCORE_URLS</c>, <c>--urls</c>), else of <c>http_ports</c> or
    /// <c>https_ports</c> (<c>ASPNETCORE_HTTP_PORTS</c>): where the server was told to listen.</summary>
    private static int? Port(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards are not host names.
            var parsable = url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
            if (Uri.TryCreate(parsable, UriKind.Absolute, out var uri) && uri.Port > 0)
            {
                return uri.Port;
            }
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            var first = (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535)
            {
                return port;
            }
        }

        return null;
    }
}
