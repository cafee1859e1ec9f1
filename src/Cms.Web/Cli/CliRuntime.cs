namespace Cms.Web.Cli;

/// <summary>What a verb's action runs against: the services of one scope, standard output and standard error.</summary>
internal sealed record CliRuntime(IServiceProvider Services, TextWriter Output, TextWriter Error);
