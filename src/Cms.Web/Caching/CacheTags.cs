using Cms.Web.Data;
using Cms.Web.Content.Rules;

namespace Cms.Web.Caching;

/// <summary>
/// What one response showed, so that the page cache can evict it when that changes: a page or endpoint under the
/// <see cref="PageCachePolicy"/> names the stories it rendered, the lists, terms and searches it depends on. The change
/// log follower (<see cref="PageCacheFollower"/>) evicts by the same names. One per request.
/// </summary>
internal sealed class CacheTags(PageCacheFollower follower)
{
    /// <summary>Every search page and search API answer: any change may change any search.</summary>
    public const string SearchTag = "search";

    /// <summary>The events lists of every language (they mix languages).</summary>
    public const string EventsTag = "events";

    /// <summary>Everything that reads the term catalog as a whole (the terms API).</summary>
    public const string TermsTag = "terms";

    private readonly HashSet<string> tags = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => tags;

    /// <summary>The response must not be stored (e.g. the search index is behind the change log).</summary>
    public bool DoNotStore { get; private set; }

    public static string ForStory(int id) => "story:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The language's lists: home, feeds and the API list in that language.</summary>
    public static string ForList(string language) => "list:" + language;

    public static string ForTerm(Vocabulary vocabulary, string key) => "term:" + Vocabularies.Name(vocabulary) + ":" + key;

    public CacheTags Story(int id)
    {
        tags.Add(ForStory(id));
        return this;
    }

    public CacheTags Stories(IEnumerable<int> ids)
    {
        foreach (var id in ids)
        {
            tags.Add(ForStory(id));
        }

        return this;
    }

    public CacheTags List(string language)
    {
        tags.Add(ForList(language));
        return this;
    }

    public CacheTags Term(Vocabulary vocabulary, string key)
    {
        tags.Add(ForTerm(vocabulary, key));
        return this;
    }

    public CacheTags Events()
    {
        tags.Add(EventsTag);
        return this;
    }

    public CacheTags Terms()
    {
        tags.Add(TermsTag);
        return this;
    }

    /// <summary>A search's answer: stored only while this process's index shows every change the cache has seen,
    /// so a search rendered from an index that lags behind an eviction is never kept.</summary>
    public CacheTags Search()
    {
        tags.Add(SearchTag);
        if (!follower.SearchIsCurrent)
        {
            DoNotStore = true;
        }

        return this;
    }

    public void NotStored() => DoNotStore = true;
}
