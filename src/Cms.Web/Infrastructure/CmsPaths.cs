using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>Absolute paths derived from <see cref="CmsOptions"/>.</summary>
internal sealed class CmsPaths
{
    public CmsPaths(IOptions<CmsOptions> options, IHostEnvironment environment)
    {
        DataDirectory = Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
        ContentDirectory = Path.GetFullPath(options.Value.ContentDirectory, environment.ContentRootPath);
        DatabaseFile = Path.Combine(DataDirectory, "cms.db");
    }

    public string DataDirectory { get; }

    public string ContentDirectory { get; }

    public string DatabaseFile { get; }
}
