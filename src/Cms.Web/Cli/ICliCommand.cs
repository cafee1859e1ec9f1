using System.CommandLine;

namespace Cms.Web.Cli;

/// <summary>A verb of the site's executable: <c>dotnet run --project src/Cms.Web -- VERB …</c>.</summary>
internal interface ICliCommand
{
    /// <summary>
    /// The verb with its arguments, options, help text and action. The action returns the exit code; results go to
    /// <see cref="CliRuntime.Output"/> (standard output), logs and problems to <see cref="CliRuntime.Error"/>.
    /// </summary>
    Command Create(CliRuntime runtime);
}
