using ContentApi.Preview;
using ContentApi.Problems;
using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContentApi.Validation;

internal static class ValidationSetup
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services)
    {
        // Error keys and messages use the names clients send (pageSize, not PageSize).
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        // Validators are stateless; singletons let the endpoint convention check for them at startup. A validator without
        // a public constructor is one its feature builds itself (one per mode, e.g. creating or editing), not a service.
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton,
            filter: scanned => scanned.ValidatorType.GetConstructors().Length > 0, includeInternalTypes: true);
        return services;
    }

    /// <summary>
    /// Checks the raw text of every declared query parameter (<see cref="DeclaredQueryParameters"/>), then validates
    /// every handler argument that has an <see cref="IValidator{T}"/>; all failures short-circuit together as one 400
    /// validation problem naming each failing parameter once, and the endpoint documents that 400.
    /// </summary>
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is not { } method)
            {
                return;
            }

            var declared = DeclaredQueryParameters.Of(method);
            var validated = method.GetParameters()
                .Select((parameter, index) => (index, validator: ValidatorFor(endpoint.ApplicationServices, parameter.ParameterType)))
                .Where(pair => pair.validator is not null)
                .Select(pair => (pair.index, validator: pair.validator!))
                .ToArray();
            if (validated.Length == 0 && declared.IsEmpty)
            {
                return;
            }

            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            endpoint.FilterFactories.Add((_, next) => async context =>
            {
                var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                declared.Check(context.HttpContext.Request.Query, errors);
                var rawFailures = errors.Keys.ToHashSet(StringComparer.Ordinal);
                foreach (var (index, validator) in validated)
                {
                    if (context.Arguments[index] is not { } argument)
                    {
                        continue;
                    }

                    var validation = new ValidationContext<object>(argument);
                    PreviewReads.MarkPreview(context.HttpContext, validation);
                    var result = await validator.ValidateAsync(validation, context.HttpContext.RequestAborted);
                    // A parameter refused for its raw text (given twice, a NUL) would only repeat that fault here.
                    foreach (var failure in result.Errors.Where(failure => !rawFailures.Contains(failure.PropertyName)))
                    {
                        if (!errors.TryGetValue(failure.PropertyName, out var messages))
                        {
                            errors[failure.PropertyName] = messages = [];
                        }

                        messages.Add(failure.ErrorMessage);
                    }
                }

                if (errors.Count == 0)
                {
                    return await next(context);
                }

                return InvalidQuery.Of(errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
            });
        });
        return builder;
    }

    private static IValidator? ValidatorFor(IServiceProvider services, Type type) =>
        services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator;
}
