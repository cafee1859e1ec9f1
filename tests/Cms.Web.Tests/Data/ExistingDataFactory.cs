namespace Cms.Web.Tests.Data;

/// <summary>The site over a data directory the test prepared (and owns).</summary>
internal sealed class ExistingDataFactory(TempDirectory data) : CmsWebFactory(data, ownsData: false);
