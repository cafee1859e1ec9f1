namespace Cms.Web.Tests.Newsroom;

/// <summary>
/// A fact that reads the raw seed texts from <c>shared/seeds</c>: reported as skipped, not passed, where the
/// shared folder is not beside the repository.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (Seeds.Directory is null)
        {
            Skip = $"shared/seeds not found (looked upwards from {AppContext.BaseDirectory}).";
        }
    }
}
