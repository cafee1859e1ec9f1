using System.Net;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        foreach (var network in options.ScrapeNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                return ValidateOptionsResult.Fail($"Cms:Telemetry:ScrapeNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8).");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
