package dev.opboot.generate.crd.check;

import static dev.cel.common.CelFunctionDecl.newFunctionDeclaration;
import static dev.cel.common.CelOverloadDecl.newGlobalOverload;
import static dev.cel.common.CelOverloadDecl.newMemberOverload;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.TypeParamType;
import java.util.ArrayList;
import java.util.List;

/**
 * The declarations of the CEL functions Kubernetes 1.32 adds for CRD validation rules (its {@code
 * k8s.io/apiserver/pkg/cel/library}: lists, regex, URLs, quantities, IPs and CIDRs, formats), so
 * that a rule using them type-checks as on the server. Only their signatures: nothing here runs a
 * rule. The CEL extensions the server also enables (strings, optionals, bindings) come from dev.cel
 * itself, but for sets (see {@link #sets}).
 */
final class KubernetesCelFunctions {
  static final CelType URL = OpaqueType.create("kubernetes.URL");
  static final CelType QUANTITY = OpaqueType.create("kubernetes.Quantity");
  static final CelType IP = OpaqueType.create("net.IP");
  static final CelType CIDR = OpaqueType.create("net.CIDR");
  static final CelType FORMAT = OpaqueType.create("kubernetes.NamedFormat");

  private static final CelType STRING = SimpleType.STRING;
  private static final CelType BOOL = SimpleType.BOOL;
  private static final CelType INT = SimpleType.INT;
  private static final CelType DOUBLE = SimpleType.DOUBLE;

  private KubernetesCelFunctions() {}

  static List<CelFunctionDecl> all() {
    List<CelFunctionDecl> all = new ArrayList<>();
    lists(all);
    sets(all);
    regex(all);
    urls(all);
    quantities(all);
    ips(all);
    formats(all);
    return all;
  }

  private static void lists(List<CelFunctionDecl> all) {
    CelType t = TypeParamType.create("T");
    CelType listT = ListType.create(t);
    all.add(newFunctionDeclaration("isSorted", newMemberOverload("list_is_sorted", BOOL, listT)));
    all.add(newFunctionDeclaration("sum", newMemberOverload("list_sum", t, listT)));
    all.add(newFunctionDeclaration("min", newMemberOverload("list_min", t, listT)));
    all.add(newFunctionDeclaration("max", newMemberOverload("list_max", t, listT)));
    all.add(newFunctionDeclaration("indexOf", newMemberOverload("list_index_of", INT, listT, t)));
    all.add(
        newFunctionDeclaration(
            "lastIndexOf", newMemberOverload("list_last_index_of", INT, listT, t)));
  }

  /**
   * cel-go's sets extension, which the server enables: declared here because dev.cel's own takes a
   * quarter of a second to set up, for three signatures.
   */
  private static void sets(List<CelFunctionDecl> all) {
    CelType listT = ListType.create(TypeParamType.create("T"));
    for (String function : List.of("contains", "equivalent", "intersects")) {
      all.add(
          newFunctionDeclaration(
              "sets." + function, newGlobalOverload("sets_" + function, BOOL, listT, listT)));
    }
  }

  private static void regex(List<CelFunctionDecl> all) {
    all.add(
        newFunctionDeclaration("find", newMemberOverload("string_find", STRING, STRING, STRING)));
    all.add(
        newFunctionDeclaration(
            "findAll",
            newMemberOverload("string_find_all", ListType.create(STRING), STRING, STRING),
            newMemberOverload("string_find_all_n", ListType.create(STRING), STRING, STRING, INT)));
  }

  private static void urls(List<CelFunctionDecl> all) {
    all.add(newFunctionDeclaration("url", newGlobalOverload("string_to_url", URL, STRING)));
    all.add(newFunctionDeclaration("isURL", newGlobalOverload("is_url_string", BOOL, STRING)));
    for (String getter :
        List.of("getScheme", "getHost", "getHostname", "getPort", "getEscapedPath")) {
      all.add(newFunctionDeclaration(getter, newMemberOverload("url_" + getter, STRING, URL)));
    }
    all.add(
        newFunctionDeclaration(
            "getQuery",
            newMemberOverload(
                "url_getQuery",
                dev.cel.common.types.MapType.create(STRING, ListType.create(STRING)),
                URL)));
  }

  private static void quantities(List<CelFunctionDecl> all) {
    all.add(
        newFunctionDeclaration(
            "quantity", newGlobalOverload("string_to_quantity", QUANTITY, STRING)));
    all.add(
        newFunctionDeclaration(
            "isQuantity", newGlobalOverload("is_quantity_string", BOOL, STRING)));
    all.add(newFunctionDeclaration("sign", newMemberOverload("quantity_sign", INT, QUANTITY)));
    all.add(
        newFunctionDeclaration(
            "isInteger", newMemberOverload("quantity_is_integer", BOOL, QUANTITY)));
    all.add(
        newFunctionDeclaration(
            "asInteger", newMemberOverload("quantity_as_integer", INT, QUANTITY)));
    all.add(
        newFunctionDeclaration(
            "asApproximateFloat", newMemberOverload("quantity_as_float", DOUBLE, QUANTITY)));
    for (String comparison : List.of("isGreaterThan", "isLessThan")) {
      all.add(
          newFunctionDeclaration(
              comparison, newMemberOverload("quantity_" + comparison, BOOL, QUANTITY, QUANTITY)));
    }
    all.add(
        newFunctionDeclaration(
            "compareTo", newMemberOverload("quantity_compare_to", INT, QUANTITY, QUANTITY)));
    for (String arithmetic : List.of("add", "sub")) {
      all.add(
          newFunctionDeclaration(
              arithmetic,
              newMemberOverload("quantity_" + arithmetic, QUANTITY, QUANTITY, QUANTITY),
              newMemberOverload("quantity_" + arithmetic + "_int", QUANTITY, QUANTITY, INT)));
    }
  }

  private static void ips(List<CelFunctionDecl> all) {
    all.add(
        newFunctionDeclaration(
            "ip",
            newGlobalOverload("string_to_ip", IP, STRING),
            newMemberOverload("cidr_ip", IP, CIDR)));
    all.add(newFunctionDeclaration("isIP", newGlobalOverload("is_ip", BOOL, STRING)));
    all.add(
        newFunctionDeclaration(
            "ip.isCanonical", newGlobalOverload("ip_is_canonical", BOOL, STRING)));
    all.add(newFunctionDeclaration("family", newMemberOverload("ip_family", INT, IP)));
    for (String test :
        List.of(
            "isUnspecified",
            "isLoopback",
            "isLinkLocalMulticast",
            "isLinkLocalUnicast",
            "isGlobalUnicast")) {
      all.add(newFunctionDeclaration(test, newMemberOverload("ip_" + test, BOOL, IP)));
    }
    all.add(newFunctionDeclaration("cidr", newGlobalOverload("string_to_cidr", CIDR, STRING)));
    all.add(newFunctionDeclaration("isCIDR", newGlobalOverload("is_cidr", BOOL, STRING)));
    all.add(
        newFunctionDeclaration(
            "containsIP",
            newMemberOverload("cidr_contains_ip_string", BOOL, CIDR, STRING),
            newMemberOverload("cidr_contains_ip_ip", BOOL, CIDR, IP)));
    all.add(
        newFunctionDeclaration(
            "containsCIDR",
            newMemberOverload("cidr_contains_cidr_string", BOOL, CIDR, STRING),
            newMemberOverload("cidr_contains_cidr", BOOL, CIDR, CIDR)));
    all.add(newFunctionDeclaration("masked", newMemberOverload("cidr_masked", CIDR, CIDR)));
    all.add(
        newFunctionDeclaration("prefixLength", newMemberOverload("cidr_prefix_length", INT, CIDR)));
  }

  private static void formats(List<CelFunctionDecl> all) {
    all.add(
        newFunctionDeclaration(
            "format.named",
            newGlobalOverload("format_named", OptionalType.create(FORMAT), STRING)));
    for (String format :
        List.of(
            "dns1123Label",
            "dns1123Subdomain",
            "dns1035Label",
            "qualifiedName",
            "dns1123LabelPrefix",
            "dns1123SubdomainPrefix",
            "dns1035LabelPrefix",
            "labelValue",
            "uri",
            "uuid",
            "byte",
            "date",
            "datetime")) {
      all.add(
          newFunctionDeclaration(
              "format." + format, newGlobalOverload("format_" + format, FORMAT)));
    }
    all.add(
        newFunctionDeclaration(
            "validate",
            newMemberOverload(
                "format_validate", OptionalType.create(ListType.create(STRING)), FORMAT, STRING)));
  }
}
