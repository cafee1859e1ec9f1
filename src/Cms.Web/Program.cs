using Cms.Web.Caching;
using Cms.Web.Cli;
using Cms.Web.Infrastructure;

var isCli = CliApplication.IsVerb(args);
var builder = WebApplication.CreateBuilder(isCli ? CliApplication.HostArguments(args) : args);
if (isCli)
{
    // Standard output carries the verb's results; every log line goes to standard error.
    builder.Logging.ClearProviders();
    builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

builder.Services
    .AddCmsOptions(builder.Configuration)
    .AddCmsData(builder.Configuration)
    .AddCmsContent()
    .AddCmsSearch(builder.Configuration)
    .AddCmsSearchLimits(builder.Configuration)
    .AddCmsCaching(builder.Configuration)
    .AddCmsAccounts()
    .AddCmsNewsroom()
    .AddCmsWeb()
    .AddCmsOperations(builder.Configuration)
    .AddCmsCli();

var app = builder.Build();
if (isCli)
{
    return await CliApplication.RunAsync(args, app.Services);
}

app.BeginCmsNodeLogScope();
await app.InitializeCmsAsync();
app.UseCmsPipeline();
app.MapCms();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so integration tests can host the site.</summary>
public partial class Program;
