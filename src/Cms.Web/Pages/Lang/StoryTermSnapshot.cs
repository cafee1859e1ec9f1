using Cms.Web.Data;

namespace Cms.Web.Pages.Lang;

/// <summary>Every public story's terms as of one change-log sequence; never changed, replaced by <see cref="With"/>.</summary>
internal sealed class StoryTermSnapshot(long sequence, Dictionary<int, StoryTermRow> stories)
{
    public long Sequence { get; } = sequence;

    /// <summary>A newer snapshot: the changed stories dropped, those of them still public put back as re-read.</summary>
    public StoryTermSnapshot With(long newSequence, IEnumerable<int> changed, IReadOnlyDictionary<int, StoryTermRow> reread)
    {
        var copy = new Dictionary<int, StoryTermRow>(stories);
        foreach (var id in changed)
        {
            copy.Remove(id);
        }

        foreach (var (id, row) in reread)
        {
            copy[id] = row;
        }

        return new StoryTermSnapshot(newSequence, copy);
    }

    /// <summary>The ids of the stories sharing the most of <paramref name="terms"/>, newest first among equals.</summary>
    public List<int> MostShared(int storyId, IEnumerable<(Vocabulary Vocabulary, string Key)> terms, int count)
    {
        var wanted = terms.ToHashSet();
        var candidates = new List<(int Id, int Shared, DateTime Published)>();
        foreach (var (id, row) in stories)
        {
            if (id == storyId)
            {
                continue;
            }

            var shared = 0;
            foreach (var term in row.Terms)
            {
                shared += wanted.Contains(term) ? 1 : 0;
            }

            if (shared > 0)
            {
                candidates.Add((id, shared, row.Published));
            }
        }

        return [.. candidates.OrderByDescending(c => c.Shared).ThenByDescending(c => c.Published).ThenByDescending(c => c.Id).Take(count).Select(c => c.Id)];
    }
}
