using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cms.Search.Index;

/// <summary>A facet's reusable fields: each value indexed by its filter form and counted (doc values) by its label as
/// written; grows to the most values one document has had.</summary>
internal sealed class FacetFields(string field, string labelField)
{
    private readonly List<(StringField Norm, SortedSetDocValuesField Label)> pairs = [];

    public IEnumerable<IIndexableField> Fill(IReadOnlyList<(string Norm, string Label)> values)
    {
        while (pairs.Count < values.Count)
        {
            pairs.Add((new StringField(field, "", Field.Store.NO), new SortedSetDocValuesField(labelField, new BytesRef())));
        }

        var fields = new IIndexableField[values.Count * 2];
        for (var i = 0; i < values.Count; i++)
        {
            var (norm, label) = pairs[i];
            norm.SetStringValue(values[i].Norm);
            label.SetBytesValue(new BytesRef(values[i].Label));
            fields[2 * i] = norm;
            fields[(2 * i) + 1] = label;
        }

        return fields;
    }
}
