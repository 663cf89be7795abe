namespace GreenAI.Extensions.AI;

/// <summary>
/// The inner client's or generator's metadata (<c>ChatClientMetadata</c>, <c>ImageGeneratorMetadata</c>…), asked once:
/// it does not change. A race only asks twice; a throwing <c>GetService</c> gives null (<see cref="ImpactGuard"/>).
/// </summary>
internal sealed class MetadataOnce<TMetadata>
    where TMetadata : class
{
    private readonly Func<Type, object?> _getService;
    private TMetadata? _value;
    private bool _read;

    public MetadataOnce(Func<Type, object?> getService) => _getService = getService;

    public TMetadata? Value
    {
        get
        {
            if (!_read)
            {
                _value = ImpactGuard.Metadata<TMetadata>(_getService);
                _read = true;
            }

            return _value;
        }
    }
}
