using Microsoft.Extensions.Options;

namespace Cms.Web.Data;

/// <summary>PostgreSQL needs a connection string; a provider must be one of the known ones.</summary>
internal sealed class DatabaseOptionsValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.Section}:Provider must be one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)))
        {
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.Section}:Provider is Postgres but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty; set it, e.g. ConnectionStrings__Cms='Host=localhost;Database=cms;Username=cms;Password=…'.");
        }

        return ValidateOptionsResult.Success;
    }
}
