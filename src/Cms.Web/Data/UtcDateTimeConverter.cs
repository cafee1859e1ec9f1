using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cms.Web.Data;

/// <summary>SQLite keeps no kind with a timestamp; everything stored is UTC, so say so on the way out.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
