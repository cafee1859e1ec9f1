using System.Text.Json.Nodes;
using Cms.Web.Terms;

namespace Cms.Web.StructuredData;

/// <summary>
/// schema.org <c>Event</c> for a story that announces or reports one: dates with the site zone's offset when a time is
/// set (else the day alone), the venue as a <c>Place</c> named in the page's language, the online link as a
/// <c>VirtualLocation</c> (both: a mixed event), the organisers as organisations.
/// </summary>
internal static class EventJsonLd
{
    private const string Schema = "https://schema.org/";

    public static JsonObject Build(ArticleFacts facts)
    {
        var story = facts.Story;
        var start = story.EventStart!.Value;
        var zone = facts.Terms.VenueZone ?? facts.Zone;
        var node = new JsonObject
        {
            ["@type"] = "Event",
            ["@id"] = facts.Url + "#event",
            ["name"] = facts.Translation.Title,
            ["url"] = facts.Url,
            ["inLanguage"] = facts.Translation.Language,
            ["startDate"] = story.EventStartTime is { } from ? IsoTimes.Local(start, from, zone) : IsoTimes.Date(start),
            ["eventStatus"] = Schema + "EventScheduled",
        };
        if (End(story.EventStart.Value, story.EventEnd, story.EventStartTime, story.EventEndTime, zone) is { } end)
        {
            node["endDate"] = end;
        }

        if (facts.Translation.Summary.Length > 0)
        {
            node["description"] = facts.Translation.Summary;
        }

        if (facts.Image is { } image)
        {
            node["image"] = NewsArticleJsonLd.ImageObject(image);
        }

        var place = Place(facts.Terms);
        var locations = new JsonArray();
        if (place is not null)
        {
            locations.Add(place);
        }

        if (story.OnlineUrl is { } online)
        {
            locations.Add(new JsonObject { ["@type"] = "VirtualLocation", ["url"] = online });
        }

        node["eventAttendanceMode"] = Schema + (place is not null && story.OnlineUrl is not null ? "MixedEventAttendanceMode"
            : story.OnlineUrl is not null ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode");
        if (locations.Count > 0)
        {
            node["location"] = locations.Count == 1 ? locations[0]!.DeepClone() : locations;
        }

        if (facts.Terms.Organisers.Count > 0)
        {
            node["organizer"] = new JsonArray([.. facts.Terms.Organisers.Select(o => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = o.Text })]);
        }

        return node;
    }

    /// <summary>The venue (else the first place) as a <c>Place</c> in the page's language, with the venue's address line
    /// when the story gives one; null when the story names neither.</summary>
    private static JsonObject? Place(StoryTermNames terms)
    {
        var venue = terms.Venue ?? terms.Places.Cast<TermName?>().FirstOrDefault();
        var street = terms.VenueAddress?.Text;
        if (venue is null && street is null)
        {
            return null;
        }

        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (street is not null)
        {
            address["streetAddress"] = street;
        }

        if (venue is { } locality)
        {
            address["addressLocality"] = locality.Text;
        }

        return new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = venue?.Text ?? street,
            ["address"] = address,
        };
    }

    /// <summary>The last day with the end time when one is set; a timed event without an end time has none.</summary>
    private static string? End(DateOnly start, DateOnly? end, TimeOnly? startTime, TimeOnly? endTime, TimeZoneInfo zone)
    {
        var last = end ?? start;
        if (endTime is { } to)
        {
            return IsoTimes.Local(last, to, zone);
        }

        return startTime is null || last != start ? IsoTimes.Date(last) : null;
    }
}
