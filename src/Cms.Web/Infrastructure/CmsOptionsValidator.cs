using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

internal sealed class CmsOptionsValidator : IValidateOptions<CmsOptions>
{
    public ValidateOptionsResult Validate(string? name, CmsOptions options)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return ValidateOptionsResult.Fail($"Cms:TimeZone '{options.TimeZone}' is not a known time zone.");
        }

        return ValidateOptionsResult.Success;
    }
}
