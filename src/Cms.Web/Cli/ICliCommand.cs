namespace Cms.Web.Cli;

/// <summary>A verb of the site's executable: <c>dotnet run --project src/Cms.Web -- VERB …</c>.</summary>
internal interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    /// <summary>Results go to <paramref name="output"/> (standard output); logs go to standard error.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
