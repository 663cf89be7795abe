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

    /// <summary>A model id written outside code (a settings file's value): no candidate operation.</summary>
    public static ResolvedModel Outside(string modelId, ModelMatch match, string? deploymentName) => new(default, modelId, match, deploymentName);

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
                    if (!_value.IsDeploymentName)
                    {
                        Current = new ResolvedModel(candidate, candidate.Id, _options.Resolve(candidate.Id), null);
                        return true;
                    }

                    if (_options.TryResolveDeployment(candidate.Id, out var modelId, out var deployment))
                    {
                        Current = new ResolvedModel(candidate, modelId, deployment, candidate.Id);
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
