using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cms.Search.Index;

/// <summary>A facet's reusable fields: each value indexed by its filter form and counted (doc values) by its label as
/// written; grows to the most values one document has had.</summary>
internal sealed class FacetFields(string field, string labelField)
{
    private readonly List<(StringField Norm, SortedSetDocValuesField Label, BytesRef Bytes)> pairs = [];

    /// <summary>Appends the fields of <paramref name="values"/> to <paramref name="fields"/>.</summary>
    public void Fill(IReadOnlyList<(string Norm, string Label)> values, List<IIndexableField> fields)
    {
        while (pairs.Count < values.Count)
        {
            pairs.Add((new StringField(field, "", Field.Store.NO), new SortedSetDocValuesField(labelField, new BytesRef()), new BytesRef()));
        }

        for (var i = 0; i < values.Count; i++)
        {
            var (norm, label, bytes) = pairs[i];
            norm.SetStringValue(values[i].Norm);
            bytes.CopyChars(values[i].Label); // Lucene copies the value when the document is added
            label.SetBytesValue(bytes);
            fields.Add(norm);
            fields.Add(label);
        }
    }
}
