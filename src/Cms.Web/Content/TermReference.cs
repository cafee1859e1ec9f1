using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>A term key a story file gives, where it gives it.</summary>
internal sealed record TermReference(Vocabulary Vocabulary, string Key, string File, int Line);
