namespace GreenAI.Review.Sarif;

/// <summary>
/// A run's results as the serializer streams them: each is turned into a <see cref="LogResult"/> as soon as it is read,
/// and only GreenAI's are kept. A build log's other results (often millions) are garbage the moment they are read, and
/// GreenAI's keep only their strings, each repeated text once (<see cref="StringPool"/>): a log of any size is read in
/// the memory its GreenAI results need.
/// </summary>
internal sealed class GreenAIResults : ICollection<SarifResult>
{
    private readonly List<LogResult> _kept = [];

    // One pool per run: a compiler's log has one run.
    private readonly StringPool _pool = new();

    public IReadOnlyList<LogResult> Kept => _kept;

    public int Count => _kept.Count;

    public bool IsReadOnly => false;

    public void Add(SarifResult item)
    {
        if (item.RuleId is { } id && SarifReader.IsGreenAI(id))
        {
            _kept.Add(SarifReader.ToResult(id, item, _pool));
        }
    }

    public void Clear() => _kept.Clear();

    // The serializer only adds (and counts, to say where a JSON error is): the results read are not kept as SarifResults.
    public bool Contains(SarifResult item) => false;

    public void CopyTo(SarifResult[] array, int arrayIndex)
    {
    }

    public bool Remove(SarifResult item) => false;

    public IEnumerator<SarifResult> GetEnumerator() => Enumerable.Empty<SarifResult>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
