namespace Cms.Web.Search;

/// <summary>What the admin page shows of this process's index.</summary>
internal sealed record SearchIndexStatus(
    bool IsRunning,
    string? Directory,
    int Documents,
    long SearchableSequence,
    long LogSequence,
    int LiveTranslations,
    bool IsRebuilding,
    string? RebuildReason,
    int RebuildStories,
    bool MayBeIncomplete,
    string? Problem);
