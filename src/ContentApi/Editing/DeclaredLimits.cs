using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;
using ContentApi.OpenApi;

namespace ContentApi.Editing;

/// <summary>
/// The limits a request member declares on itself (<c>[StringLength]</c>, <c>[MaxLength]</c>, <see cref="ItemLengthAttribute"/>),
/// which the OpenAPI document shows as keywords: validators take their numbers from here, so what the document says is
/// what the API refuses. A member without the declaration fails the validator's construction, at start.
/// </summary>
internal static class DeclaredLimits
{
    public static StringLengthAttribute Length(LambdaExpression member) => Declared<StringLengthAttribute>(member);

    public static int MaxItems(LambdaExpression member) => Declared<MaxLengthAttribute>(member).Length;

    public static ItemLengthAttribute ItemLength(LambdaExpression member) => Declared<ItemLengthAttribute>(member);

    private static TAttribute Declared<TAttribute>(LambdaExpression member)
        where TAttribute : Attribute
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return (body is MemberExpression { Member: PropertyInfo property } ? property.GetCustomAttribute<TAttribute>() : null)
            ?? throw new InvalidOperationException($"{member} declares no [{typeof(TAttribute).Name.Replace("Attribute", string.Empty, StringComparison.Ordinal)}].");
    }
}
