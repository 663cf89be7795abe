using GreenAI.Analyzers.EditorConfig;
using GreenAI.Impact.Models;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>
/// A model id from code, after Azure deployment mapping, and the catalogue entry it stands for (null: unknown).
/// A struct, resolved while enumerating: two rules resolve every model slot, so a list of objects per slot was a good
/// share of what the analyzers allocate.
/// </summary>
internal readonly struct ResolvedModel
{
    private ResolvedModel(ModelIdCandidate candidate, string modelId, ModelMatch? match, string? deploymentName)
    {
        Candidate = candidate;
        ModelId = modelId;
        Match = match;
        DeploymentName = deploymentName;
    }

    /// <summary>A model id written outside code (a settings file's value), when it resolves to a catalogued model: no candidate operation.</summary>
    public static ResolvedModel? OutsideCode(string id, bool isDeploymentName, GreenAIOptions options) =>
        Read(id, isDeploymentName, options) is { Match: { } match } read ? new ResolvedModel(default, read.ModelId, match, read.Deployment) : null;

    /// <summary>
    /// How an id resolves in its slot: a model id as itself; a deployment name through green_ai.azure_deployments or as
    /// the model it reads as (<see cref="GreenAIOptions.TryResolveDeployment"/>), else null (no model id at all).
    /// </summary>
    private static (string ModelId, ModelMatch? Match, string? Deployment)? Read(string id, bool isDeploymentName, GreenAIOptions options)
    {
        if (!isDeploymentName)
        {
            return (id, options.Resolve(id), null);
        }

        return options.TryResolveDeployment(id, out var modelId, out var match) ? (modelId, match, id) : null;
    }

    public ModelIdCandidate Candidate { get; }

    /// <summary>The model id: the written id, or the model an Azure deployment name maps to.</summary>
    public string ModelId { get; }

    public ModelMatch? Match { get; }

    /// <summary>The Azure deployment name written in code, when the slot holds one.</summary>
    public string? DeploymentName { get; }

    /// <summary>
    /// Resolves each constant of a model-id value. Deployment names resolve through green_ai.azure_deployments, or as the
    /// model id they read as (GreenAIOptions.TryResolveDeployment); others are left out (they are not model ids, so not
    /// "unknown models" either).
    /// </summary>
    public static ResolvedModels ResolveAll(ModelIdValue value, GreenAIOptions options) => new(value, options);

    /// <summary>The resolutions of a value's constants, for <c>foreach</c> without allocating.</summary>
    internal readonly struct ResolvedModels
    {
        private readonly ModelIdValue _value;
        private readonly GreenAIOptions _options;

        public ResolvedModels(ModelIdValue value, GreenAIOptions options)
        {
            _value = value;
            _options = options;
        }

        public Enumerator GetEnumerator() => new(_value, _options);

        internal struct Enumerator
        {
            private readonly ModelIdValue _value;
            private readonly GreenAIOptions _options;
            private int _index;

            public Enumerator(ModelIdValue value, GreenAIOptions options)
            {
                _value = value;
                _options = options;
                _index = -1;
                Current = default;
            }

            public ResolvedModel Current { get; private set; }

            public bool MoveNext()
            {
                while (++_index < _value.Candidates.Length)
                {
                    var candidate = _value.Candidates[_index];
                    if (Read(candidate.Id, _value.IsDeploymentName, _options) is { } read)
                    {
                        Current = new ResolvedModel(candidate, read.ModelId, read.Match, read.Deployment);
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
