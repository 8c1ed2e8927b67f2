// Command kube-catalog writes op-boot's catalogue of Kubernetes built-in schemas: for every struct
// type of the k8s.io/api (and apimachinery meta/v1) packages listed in groups that has a fabric8
// model class, the OpenAPI v3 schema controller-gen builds for it, keyed by the fabric8 class name,
// with references to other catalogue types left as {"$ref": "<fabric8 class>"}. See README.md.
//
// It drives controller-tools' own library (loader, markers, crd.Parser, crd.Flattener) the way
// `controller-gen crd:allowDangerousTypes=true` does, and checks its own output: for every
// catalogue type, inlining the catalogue with the rule in README.md must give exactly what
// controller-gen's flattener gives for a field of that type (with and without a field description).
//
// Test/data infrastructure only; never part of the op-boot product.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
	apiext "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"sigs.k8s.io/controller-tools/pkg/crd"
	"sigs.k8s.io/controller-tools/pkg/loader"
	"sigs.k8s.io/controller-tools/pkg/markers"
)

// group maps a Go package to the Java package fabric8 generates its model classes into, and the
// fabric8 artifact (jar) that holds them.
type group struct {
	goPkg    string
	javaPkg  string
	artifact string
}

var groups = []group{
	{"k8s.io/api/core/v1", "io.fabric8.kubernetes.api.model", "kubernetes-model-core"},
	{"k8s.io/apimachinery/pkg/apis/meta/v1", "io.fabric8.kubernetes.api.model", "kubernetes-model-core"},
	{"k8s.io/api/apps/v1", "io.fabric8.kubernetes.api.model.apps", "kubernetes-model-apps"},
	{"k8s.io/api/autoscaling/v2", "io.fabric8.kubernetes.api.model.autoscaling.v2", "kubernetes-model-autoscaling"},
	{"k8s.io/api/batch/v1", "io.fabric8.kubernetes.api.model.batch.v1", "kubernetes-model-batch"},
	{"k8s.io/api/coordination/v1", "io.fabric8.kubernetes.api.model.coordination.v1", "kubernetes-model-coordination"},
	{"k8s.io/api/discovery/v1", "io.fabric8.kubernetes.api.model.discovery.v1", "kubernetes-model-discovery"},
	{"k8s.io/api/networking/v1", "io.fabric8.kubernetes.api.model.networking.v1", "kubernetes-model-networking"},
	{"k8s.io/api/policy/v1", "io.fabric8.kubernetes.api.model.policy.v1", "kubernetes-model-policy"},
	{"k8s.io/api/rbac/v1", "io.fabric8.kubernetes.api.model.rbac", "kubernetes-model-rbac"},
	{"k8s.io/api/storage/v1", "io.fabric8.kubernetes.api.model.storage", "kubernetes-model-storageclass"},
}

func main() {
	out := flag.String("out", "", "write the catalogue JSON here (required)")
	m2 := flag.String("m2", filepath.Join(os.Getenv("HOME"), ".m2", "repository"), "Maven repository holding the fabric8 jars")
	fabric8 := flag.String("fabric8", "7.5.2", "fabric8 kubernetes-model version")
	compact := flag.Bool("compact", false, "write compact JSON (default: 2-space indent; the file is ~0.7 MB indented)")
	report := flag.String("report", "", "also write a plain-text report (mapping, unmapped, collisions) here")
	flag.Parse()
	if *out == "" {
		fail("-out is required")
	}
	if err := run(*out, *m2, *fabric8, !*compact, *report); err != nil {
		fail(err.Error())
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "kube-catalog:", msg)
	os.Exit(1)
}

// ---------------------------------------------------------------------------------------------
// fabric8 jars

// jarIndex: artifact -> class FQN (top-level classes only); paths: artifact -> jar file.
type jarIndex struct {
	classes map[string]map[string]bool
	paths   map[string]string
}

func (j jarIndex) has(artifact, class string) bool { return j.classes[artifact][class] }

func (j jarIndex) classBytes(artifact, class string) ([]byte, error) {
	r, err := zip.OpenReader(j.paths[artifact])
	if err != nil {
		return nil, err
	}
	defer r.Close()
	f, err := r.Open(strings.ReplaceAll(class, ".", "/") + ".class")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

func readJars(m2, version string) (jarIndex, error) {
	idx := jarIndex{classes: map[string]map[string]bool{}, paths: map[string]string{}}
	for _, g := range groups {
		if idx.classes[g.artifact] != nil {
			continue
		}
		path := filepath.Join(m2, "io", "fabric8", g.artifact, version, g.artifact+"-"+version+".jar")
		r, err := zip.OpenReader(path)
		if err != nil {
			return jarIndex{}, fmt.Errorf("fabric8 jar: %w (build op-boot once so Maven fetches it)", err)
		}
		classes := map[string]bool{}
		for _, f := range r.File {
			if !strings.HasSuffix(f.Name, ".class") || strings.Contains(f.Name, "$") {
				continue
			}
			classes[strings.ReplaceAll(strings.TrimSuffix(f.Name, ".class"), "/", ".")] = true
		}
		r.Close()
		idx.classes[g.artifact] = classes
		idx.paths[g.artifact] = path
	}
	return idx, nil
}

// ---------------------------------------------------------------------------------------------
// generator

type gen struct {
	parser    *crd.Parser
	flattener *crd.Flattener
	roots     map[string]*loader.Package // Go package path -> root package

	// catalogue: TypeIdent -> fabric8 class
	classOf map[crd.TypeIdent]string
	identOf map[string]crd.TypeIdent

	converted map[crd.TypeIdent]*apiext.JSONSchemaProps
	inFlight  map[crd.TypeIdent]bool

	failedTypes map[crd.TypeIdent]bool // controller-gen reports errors for these

	siblingKeys map[string]int // keys found next to a catalogue $ref
	inlinedRefs map[string]int // non-catalogue types inlined (Go "pkg.Name") -> uses
}

func run(out, m2, fabric8Version string, indent bool, reportPath string) error {
	jars, err := readJars(m2, fabric8Version)
	if err != nil {
		return err
	}

	// --- load, as controller-gen does (genall.ForRoots + crd.Generator) ---
	var rootPaths []string
	for _, g := range groups {
		rootPaths = append(rootPaths, g.goPkg)
	}
	rootPkgs, err := loader.LoadRootsWithConfig(&packages.Config{Mode: packages.NeedModule}, rootPaths...)
	if err != nil {
		return err
	}
	registry := &markers.Registry{}
	if err := (crd.Generator{}).RegisterMarkers(registry); err != nil {
		return err
	}
	parser := &crd.Parser{
		Collector:           &markers.Collector{Registry: registry},
		Checker:             &loader.TypeChecker{NodeFilters: []loader.NodeFilter{(crd.Generator{}).CheckFilter()}},
		AllowDangerousTypes: true, // as the corpus: controller-gen crd:allowDangerousTypes=true
	}
	crd.AddKnownTypes(parser)
	g := &gen{
		parser:      parser,
		flattener:   &crd.Flattener{Parser: parser},
		roots:       map[string]*loader.Package{},
		classOf:     map[crd.TypeIdent]string{},
		identOf:     map[string]crd.TypeIdent{},
		converted:   map[crd.TypeIdent]*apiext.JSONSchemaProps{},
		inFlight:    map[crd.TypeIdent]bool{},
		failedTypes: map[crd.TypeIdent]bool{},
		siblingKeys: map[string]int{},
		inlinedRefs: map[string]int{},
	}
	for _, p := range rootPkgs {
		g.roots[p.PkgPath] = p
	}
	for _, gr := range groups {
		p := g.roots[gr.goPkg]
		if p == nil {
			return fmt.Errorf("package %s did not load", gr.goPkg)
		}
		parser.NeedPackage(p)
	}

	// Types whose schema a known-types override sets (ObjectMeta, Time, Quantity, ...): they are
	// inlined where used, never catalogue entries.
	known := g.knownTypes()

	// --- candidates: exported struct types of the mapped packages ---
	type candidate struct {
		id    crd.TypeIdent
		class string
		gr    group
	}
	var cands []candidate
	var unmapped, skippedKnown []string
	byClass := map[string][]candidate{}
	nonStruct := 0
	for _, gr := range groups {
		p := g.roots[gr.goPkg]
		var names []string
		for id := range parser.Types {
			if id.Package == p {
				names = append(names, id.Name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			id := crd.TypeIdent{Package: p, Name: name}
			info := parser.Types[id]
			if !ast.IsExported(name) {
				continue
			}
			if _, isStruct := info.RawSpec.Type.(*ast.StructType); !isStruct {
				nonStruct++
				continue
			}
			goName := shortPkg(gr.goPkg) + "." + name
			if known[id] {
				skippedKnown = append(skippedKnown, goName)
				continue
			}
			class := gr.javaPkg + "." + name
			if !jars.has(gr.artifact, class) {
				unmapped = append(unmapped, goName)
				continue
			}
			c := candidate{id: id, class: class, gr: gr}
			byClass[class] = append(byClass[class], c)
		}
	}

	// --- collisions: two Go types -> one fabric8 class ---
	var collisions []string
	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, class := range classes {
		cs := byClass[class]
		if len(cs) == 1 {
			cands = append(cands, cs[0])
			continue
		}
		var ids []crd.TypeIdent
		for _, c := range cs {
			ids = append(ids, c.id)
		}
		classFile, err := jars.classBytes(cs[0].gr.artifact, class)
		if err != nil {
			return err
		}
		winner, why, err := g.resolveCollision(class, ids, classFile)
		if err != nil {
			return err
		}
		var names []string
		for _, c := range cs {
			names = append(names, shortPkg(c.gr.goPkg)+"."+c.id.Name)
		}
		collisions = append(collisions, fmt.Sprintf("%s <- %s: %s", class, strings.Join(names, " / "), why))
		for _, c := range cs {
			if c.id == winner {
				cands = append(cands, c)
			} else {
				unmapped = append(unmapped, shortPkg(c.gr.goPkg)+"."+c.id.Name+" (collision, see above)")
			}
		}
	}

	// --- schemas (controller-gen's parser) ---
	// Errors are attributed to the type declaration that contains their position (a type pulled
	// in by several others reports its error only once, to the first).
	for _, c := range cands {
		parser.NeedSchemaFor(c.id)
		g.classOf[c.id] = c.class
		g.identOf[c.class] = c.id
	}
	var failed []string
	for _, e := range newErrors(rootPkgs, nil) {
		id, ok := g.typeAt(e.Pos)
		if !ok {
			return fmt.Errorf("controller-gen error outside any type: %s", e)
		}
		g.failedTypes[id] = true
		failed = append(failed, fmt.Sprintf("%s.%s: %s", shortPkg(id.Package.PkgPath), id.Name, e.Msg))
	}
	for id := range g.failedTypes {
		delete(g.identOf, g.classOf[id])
		delete(g.classOf, id)
	}
	errorsSoFar := errorCount(rootPkgs)

	// A type controller-gen cannot generate (it reports an error) cannot be an entry, and neither
	// can a type that references one. Repeat until no entry fails.
	types := map[string]any{}
	for {
		types = map[string]any{}
		g.converted = map[crd.TypeIdent]*apiext.JSONSchemaProps{}
		g.siblingKeys, g.inlinedRefs = map[string]int{}, map[string]int{}
		var dropped []crd.TypeIdent
		for id, class := range g.classOf {
			s, err := g.convert(id)
			if err != nil {
				failed = append(failed, fmt.Sprintf("%s.%s: %v", shortPkg(id.Package.PkgPath), id.Name, err))
				dropped = append(dropped, id)
				continue
			}
			v, err := toJSONValue(s)
			if err != nil {
				return err
			}
			types[class] = v
		}
		if len(dropped) == 0 {
			break
		}
		for _, id := range dropped {
			delete(g.identOf, g.classOf[id])
			delete(g.classOf, id)
			g.failedTypes[id] = true
		}
	}
	sort.Strings(failed)

	// --- self-check against controller-gen's flattener ---
	if err := g.selfCheck(types); err != nil {
		return err
	}
	if errs := newErrors(rootPkgs, errorsSoFar); len(errs) > 0 {
		return fmt.Errorf("controller-gen reported errors while flattening: %v", errs)
	}

	k8sVersion, ctVersion := "unknown", moduleVersion("sigs.k8s.io/controller-tools")
	if m := g.roots["k8s.io/api/core/v1"].Module; m != nil {
		k8sVersion = m.Version
		if m.Replace != nil {
			// k8s-1.30 and k8s-1.31 replace k8s.io/api below controller-tools' own requirement.
			k8sVersion = m.Replace.Version
		}
	}
	doc := map[string]any{
		"kubernetes":  "v1." + strings.TrimPrefix(k8sVersion, "v0."),
		"generatedBy": "controller-tools " + ctVersion,
		"types":       types,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}

	// --- report ---
	var rep strings.Builder
	fmt.Fprintf(&rep, "catalogue: %d types, %d bytes (k8s.io/api %s, controller-tools %s, fabric8 %s)\n", len(types), buf.Len(), k8sVersion, ctVersion, fabric8Version)
	fmt.Fprintf(&rep, "self-check: every entry inlined with the README rule equals controller-gen's flattened schema (with and without a field description)\n")
	fmt.Fprintf(&rep, "non-struct named types (inlined where used, no entry): %d\n", nonStruct)
	fmt.Fprintf(&rep, "known types (controller-gen overrides, inlined where used, no entry): %s\n", strings.Join(skippedKnown, ", "))
	fmt.Fprintf(&rep, "keys next to a catalogue $ref (besides $ref): %s\n", fmtCounts(g.siblingKeys))
	fmt.Fprintf(&rep, "collisions (%d):\n", len(collisions))
	for _, c := range collisions {
		fmt.Fprintf(&rep, "  %s\n", c)
	}
	sort.Strings(unmapped)
	fmt.Fprintf(&rep, "struct types without a fabric8 class (%d, skipped; inlined if referenced):\n", len(unmapped))
	for _, u := range unmapped {
		fmt.Fprintf(&rep, "  %s\n", u)
	}
	fmt.Fprintf(&rep, "types controller-gen rejects (%d, skipped):\n", len(failed))
	for _, f := range failed {
		fmt.Fprintf(&rep, "  %s\n", f)
	}
	fmt.Fprintf(&rep, "non-catalogue types inlined into entries (type: uses): %s\n", fmtCounts(g.inlinedRefs))
	fmt.Fprintf(&rep, "mapping:\n")
	for _, gr := range groups {
		n := 0
		for id := range g.classOf {
			if id.Package.PkgPath == gr.goPkg {
				n++
			}
		}
		fmt.Fprintf(&rep, "  %-40s -> %-50s %-30s %d types\n", gr.goPkg, gr.javaPkg, gr.artifact, n)
	}
	os.Stderr.WriteString(rep.String())
	if reportPath != "" {
		if err := os.WriteFile(reportPath, []byte(rep.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// knownTypes lists the types whose schema controller-gen's KnownPackages overrides set, by running
// the overrides on a scratch parser for every package they apply to.
func (g *gen) knownTypes() map[crd.TypeIdent]bool {
	scratch := &crd.Parser{Collector: g.parser.Collector, Checker: g.parser.Checker}
	scratch.Schemata = map[crd.TypeIdent]apiext.JSONSchemaProps{}
	scratch.PackageOverrides = map[string]crd.PackageOverride{}
	crd.AddKnownTypes(scratch)
	seen := map[*loader.Package]bool{}
	var visit func(p *loader.Package)
	visit = func(p *loader.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if override, ok := crd.KnownPackages[loader.NonVendorPath(p.PkgPath)]; ok {
			override(scratch, p)
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	for _, p := range g.roots {
		visit(p)
	}
	known := map[crd.TypeIdent]bool{}
	for id := range scratch.Schemata {
		known[id] = true
	}
	return known
}

// resolveCollision decides which of two Go types a shared fabric8 class models (core/v1 and
// meta/v1 both map to io.fabric8.kubernetes.api.model): the one whose JSON property names all
// occur as constants in the class file (fabric8 names fields and @JsonProperty after them); of two
// such types, the one with more properties.
func (g *gen) resolveCollision(class string, cs []crd.TypeIdent, classFile []byte) (crd.TypeIdent, string, error) {
	props := func(id crd.TypeIdent) []string {
		var out []string
		for _, f := range g.parser.Types[id].Fields {
			tag, _ := f.Tag.Lookup("json")
			name := strings.Split(tag, ",")[0]
			if name != "" && name != "-" {
				out = append(out, name)
			}
		}
		sort.Strings(out)
		return out
	}
	hasConstant := func(name string) bool { // a CONSTANT_Utf8 entry: tag 1, u2 length, bytes
		entry := append([]byte{1, byte(len(name) >> 8), byte(len(name))}, name...)
		return bytes.Contains(classFile, entry)
	}
	var winner crd.TypeIdent
	best := -1
	var why []string
	for _, id := range cs {
		ps := props(id)
		all := true
		for _, p := range ps {
			if !hasConstant(p) {
				all = false
			}
		}
		why = append(why, fmt.Sprintf("%s.%s %v: %s", shortPkg(id.Package.PkgPath), id.Name, ps, map[bool]string{true: "all in class", false: "not all in class"}[all]))
		if all && len(ps) > best {
			winner, best = id, len(ps)
		} else if all && len(ps) == best {
			return crd.TypeIdent{}, "", fmt.Errorf("%s: cannot tell %v apart", class, cs)
		}
	}
	if best < 0 {
		return crd.TypeIdent{}, "", fmt.Errorf("%s matches none of %v", class, cs)
	}
	return winner, fmt.Sprintf("%s; took %s.%s", strings.Join(why, "; "), shortPkg(winner.Package.PkgPath), winner.Name), nil
}

// convert returns the catalogue form of a type's schema: controller-gen's per-type schema
// (Parser.Schemata) with
//   - every reference to a catalogue type rewritten to {"$ref": "<fabric8 class>"} (sibling keys,
//     such as the field's description, kept as they are),
//   - every reference to any other type (known types, named string/int/map types, struct types
//     without a fabric8 class) inlined exactly as controller-gen's flattener does,
//   - embedded (`json:",inline"`) structs merged in as controller-gen's FlattenEmbedded does,
//   - `required` lists sorted (controller-gen sorts them whenever it inlines a referenced type).
func (g *gen) convert(id crd.TypeIdent) (*apiext.JSONSchemaProps, error) {
	if s, ok := g.converted[id]; ok {
		return s, nil
	}
	if g.failedTypes[id] {
		return nil, fmt.Errorf("references %s.%s, which controller-gen rejects", shortPkg(id.Package.PkgPath), id.Name)
	}
	if g.inFlight[id] {
		return nil, fmt.Errorf("recursive type %s (not supported by the catalogue)", id)
	}
	g.inFlight[id] = true
	defer delete(g.inFlight, id)

	g.parser.NeedSchemaFor(id)
	base, ok := g.parser.Schemata[id]
	if !ok {
		return nil, fmt.Errorf("no schema for %s", id)
	}
	s := base.DeepCopy()
	embedded := s.AllOf
	s.AllOf = nil

	var walkErr error
	walk(s, func(node *apiext.JSONSchemaProps) bool {
		if walkErr != nil || node.Ref == nil || *node.Ref == "" {
			return walkErr == nil
		}
		if err := g.rewriteRef(node, id.Package); err != nil {
			walkErr = err
		}
		return false // the replacement is final
	})
	if walkErr != nil {
		return nil, walkErr
	}

	if len(embedded) > 0 {
		for i := range embedded {
			e := embedded[i]
			if e.Ref == nil {
				return nil, fmt.Errorf("%s: embedded field without a type reference", id)
			}
			target, err := refLookup(*e.Ref, id.Package)
			if err != nil {
				return nil, err
			}
			inner, err := g.convert(target)
			if err != nil {
				return nil, err
			}
			wrapped := inner.DeepCopy()
			preserveFields(wrapped, e)
			embedded[i] = *wrapped
		}
		s.AllOf = embedded
		before := len(id.Package.Errors)
		s = crd.FlattenEmbedded(s, id.Package)
		if len(id.Package.Errors) != before {
			return nil, fmt.Errorf("%s: flattening embedded fields: %v", id, id.Package.Errors[before:])
		}
	}
	walk(s, func(node *apiext.JSONSchemaProps) bool {
		if len(node.Required) > 0 {
			node.Required = sortedUnique(node.Required)
		}
		return true
	})
	g.converted[id] = s
	return s, nil
}

// rewriteRef handles one reference node of a schema generated in package ctx.
func (g *gen) rewriteRef(node *apiext.JSONSchemaProps, ctx *loader.Package) error {
	target, err := refLookup(*node.Ref, ctx)
	if err != nil {
		return err
	}
	if class, ok := g.classOf[target]; ok {
		node.Ref = &class
		v, err := toJSONValue(node)
		if err != nil {
			return err
		}
		for k := range v.(map[string]any) {
			if k != "$ref" {
				g.siblingKeys[k]++
			}
		}
		return nil
	}
	// Not a catalogue type: inline it as controller-gen does (preserveFields, then FlattenEmbedded).
	g.inlinedRefs[shortPkg(target.Package.PkgPath)+"."+target.Name]++
	inner, err := g.convert(target)
	if err != nil {
		return err
	}
	wrapped := inner.DeepCopy()
	preserveFields(wrapped, *node)
	before := len(ctx.Errors)
	flat := crd.FlattenEmbedded(wrapped, ctx)
	if len(ctx.Errors) != before {
		return fmt.Errorf("inlining %s: %v", target, ctx.Errors[before:])
	}
	*node = *flat
	return nil
}

// preserveFields is controller-tools v0.17.3's pkg/crd/flatten.go preserveFields, verbatim: dst is
// the (flattened) referenced type, src the referencing node. The result is an allOf of both with
// the referencing node's doc fields winning when non-empty; FlattenEmbedded merges the allOf.
func preserveFields(dst *apiext.JSONSchemaProps, src apiext.JSONSchemaProps) {
	srcDesc := src.Description
	srcTitle := src.Title
	srcExDoc := src.ExternalDocs
	srcEx := src.Example

	src.Description, src.Title, src.ExternalDocs, src.Example = "", "", nil, nil

	src.Ref = nil
	*dst = apiext.JSONSchemaProps{
		AllOf: []apiext.JSONSchemaProps{*dst, src},

		// keep these, in case the source field doesn't specify anything useful
		Description:  dst.Description,
		Title:        dst.Title,
		ExternalDocs: dst.ExternalDocs,
		Example:      dst.Example,
	}

	if srcDesc != "" {
		dst.Description = srcDesc
	}
	if srcTitle != "" {
		dst.Title = srcTitle
	}
	if srcExDoc != nil {
		dst.ExternalDocs = srcExDoc
	}
	if srcEx != nil {
		dst.Example = srcEx
	}
}

// walk visits every schema node (pre-order); visit returns false to skip the node's children.
func walk(s *apiext.JSONSchemaProps, visit func(*apiext.JSONSchemaProps) bool) {
	if s == nil || !visit(s) {
		return
	}
	if s.Items != nil {
		walk(s.Items.Schema, visit)
		for i := range s.Items.JSONSchemas {
			walk(&s.Items.JSONSchemas[i], visit)
		}
	}
	for _, list := range [][]apiext.JSONSchemaProps{s.AllOf, s.OneOf, s.AnyOf} {
		for i := range list {
			walk(&list[i], visit)
		}
	}
	walk(s.Not, visit)
	for _, m := range []map[string]apiext.JSONSchemaProps{s.Properties, s.PatternProperties, s.Definitions} {
		for k, v := range m {
			walk(&v, visit)
			m[k] = v
		}
	}
	if s.AdditionalProperties != nil {
		walk(s.AdditionalProperties.Schema, visit)
	}
	if s.AdditionalItems != nil {
		walk(s.AdditionalItems.Schema, visit)
	}
	for k, d := range s.Dependencies {
		walk(d.Schema, visit)
		s.Dependencies[k] = d
	}
}

// ---------------------------------------------------------------------------------------------
// self-check

// selfCheck compares, for every catalogue type T, controller-gen's own result for a node
// {$ref: T} (Flattener.FlattenSchema then FlattenEmbedded, as Parser.NeedFlattenedSchemaFor does)
// with engineInline of {"$ref": class}; once without and once with a field description.
func (g *gen) selfCheck(types map[string]any) error {
	var classes []string
	for c := range types {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	var bad []string
	for _, class := range classes {
		id := g.identOf[class]
		g.flattener.FlattenType(id) // also initializes the flattener (FlattenSchema alone does not)
		for _, desc := range []string{"", "A field's own description."} {
			link := crd.TypeRefLink("", id.Name)
			field := apiext.JSONSchemaProps{Ref: &link, Description: desc}
			before := len(id.Package.Errors)
			flat := g.flattener.FlattenSchema(field, id.Package)
			flat = crd.FlattenEmbedded(flat, id.Package)
			if len(id.Package.Errors) != before {
				return fmt.Errorf("controller-gen flattening %s: %v", id, id.Package.Errors[before:])
			}
			want, err := toJSONValue(flat)
			if err != nil {
				return err
			}
			node := map[string]any{"$ref": class}
			if desc != "" {
				node["description"] = desc
			}
			got, err := engineInline(types, node)
			if err != nil {
				return fmt.Errorf("%s: %w", class, err)
			}
			if !reflect.DeepEqual(want, got) {
				bad = append(bad, fmt.Sprintf("%s (description %q): %s", class, desc, firstDiff("", want, got)))
			}
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("self-check failed for %d cases:\n  %s", len(bad), strings.Join(bad, "\n  "))
	}
	return nil
}

// engineInline is the README's inlining rule, on plain JSON values, as op-boot's engine applies
// it: a node {"$ref": C, k: v...} becomes the (recursively inlined) catalogue entry C, with the
// node's doc keys (description, title, example, externalDocs) replacing C's when present, and
// every other sibling key merged into it with mergeInto (controller-gen's flattenAllOfInto).
func engineInline(types map[string]any, node any) (any, error) {
	m, ok := node.(map[string]any)
	if !ok {
		return node, nil
	}
	if ref, isRef := m["$ref"].(string); isRef {
		entry, found := types[ref]
		if !found {
			return nil, fmt.Errorf("unknown $ref %q", ref)
		}
		res, err := engineInline(types, deepCopyJSON(entry))
		if err != nil {
			return nil, err
		}
		out := res.(map[string]any)
		siblings := map[string]any{}
		for k, v := range m {
			switch k {
			case "$ref":
			case "description", "title", "example", "externalDocs":
				out[k] = v
			default:
				siblings[k] = v
			}
		}
		if len(siblings) > 0 {
			inl, err := engineInline(types, siblings)
			if err != nil {
				return nil, err
			}
			mergeInto(out, inl.(map[string]any))
		}
		return out, nil
	}
	out := map[string]any{}
	for k, v := range m {
		switch k {
		case "properties", "patternProperties", "definitions":
			props := map[string]any{}
			for pk, pv := range v.(map[string]any) {
				r, err := engineInline(types, pv)
				if err != nil {
					return nil, err
				}
				props[pk] = r
			}
			out[k] = props
		case "items", "additionalProperties", "additionalItems", "not":
			r, err := engineInline(types, v) // a bool stays a bool
			if err != nil {
				return nil, err
			}
			out[k] = r
		case "allOf", "anyOf", "oneOf":
			var list []any
			for _, item := range v.([]any) {
				r, err := engineInline(types, item)
				if err != nil {
					return nil, err
				}
				list = append(list, r)
			}
			out[k] = list
		default:
			out[k] = v
		}
	}
	return out, nil
}

// scalarKeys hold a string or a bool in JSONSchemaProps: equal values are no conflict. Every other
// key holds a pointer, slice or map there, so two values conflict even when equal.
var scalarKeys = map[string]bool{
	"id": true, "$schema": true, "type": true, "format": true, "pattern": true,
	"exclusiveMaximum": true, "exclusiveMinimum": true, "uniqueItems": true, "nullable": true,
	"x-kubernetes-embedded-resource": true, "x-kubernetes-int-or-string": true,
}

// mergeInto is controller-gen v0.17.3's flattenAllOfInto(dst, src) on JSON values, for the case
// the catalogue needs: dst is the inlined entry, src the non-doc keys found next to the $ref.
func mergeInto(dst, src map[string]any) {
	if all, ok := src["allOf"].([]any); ok {
		for _, e := range all {
			mergeInto(dst, e.(map[string]any))
		}
	}
	var dstRem, srcRem map[string]any
	keys := make([]string, 0, len(src))
	for k := range src {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sv := src[k]
		switch k {
		case "allOf", "description", "title", "example", "externalDocs":
			continue
		}
		dv, present := dst[k]
		if !present {
			dst[k] = sv
			continue
		}
		if scalarKeys[k] && reflect.DeepEqual(dv, sv) {
			continue
		}
		switch k {
		case "properties":
			dp, sp := dv.(map[string]any), sv.(map[string]any)
			for pk, pv := range sp {
				if existing, ok := dp[pk]; ok {
					mergeInto(existing.(map[string]any), pv.(map[string]any))
				} else {
					dp[pk] = pv
				}
			}
		case "required":
			dst[k] = append(dv.([]any), sv.([]any)...)
		case "type":
			// keep dst's (controller-gen also reports "conflicting types")
		case "additionalProperties":
			ss, ok := sv.(map[string]any)
			if !ok {
				continue
			}
			ds, ok := dv.(map[string]any)
			if !ok {
				ds = map[string]any{}
				dst[k] = ds
			}
			mergeInto(ds, ss)
		case "x-kubernetes-preserve-unknown-fields", "x-kubernetes-map-type":
			dst[k] = sv
		case "x-kubernetes-validations":
			dst[k] = append(append([]any{}, sv.([]any)...), dv.([]any)...)
		default:
			if dstRem == nil {
				dstRem, srcRem = map[string]any{}, map[string]any{}
			}
			dstRem[k], srcRem[k] = dv, sv
			delete(dst, k)
		}
	}
	if dstRem != nil {
		all, _ := dst["allOf"].([]any)
		dst["allOf"] = append(all, dstRem, srcRem)
	}
	if req, ok := dst["required"].([]any); ok && len(req) > 0 {
		seen := map[string]bool{}
		var names []string
		for _, r := range req {
			if !seen[r.(string)] {
				seen[r.(string)] = true
				names = append(names, r.(string))
			}
		}
		sort.Strings(names)
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		dst["required"] = out
	}
}

// ---------------------------------------------------------------------------------------------
// helpers

func toJSONValue(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return nil, err
	}
	return out, nil
}

func deepCopyJSON(v any) any {
	switch t := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, x := range t {
			m[k] = deepCopyJSON(x)
		}
		return m
	case []any:
		l := make([]any, len(t))
		for i, x := range t {
			l[i] = deepCopyJSON(x)
		}
		return l
	default:
		return v
	}
}

func firstDiff(path string, a, b any) string {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok && bok {
		keys := map[string]bool{}
		for k := range am {
			keys[k] = true
		}
		for k := range bm {
			keys[k] = true
		}
		var sorted []string
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			if !reflect.DeepEqual(am[k], bm[k]) {
				return firstDiff(path+"/"+k, am[k], bm[k])
			}
		}
	}
	al, aok := a.([]any)
	bl, bok := b.([]any)
	if aok && bok && len(al) == len(bl) {
		for i := range al {
			if !reflect.DeepEqual(al[i], bl[i]) {
				return firstDiff(fmt.Sprintf("%s/%d", path, i), al[i], bl[i])
			}
		}
	}
	aj, _ := json.Marshal(a)
	bj, _ := json.Marshal(b)
	return fmt.Sprintf("at %s: controller-gen %.300s, catalogue %.300s", path, aj, bj)
}

func sortedUnique(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func errorCount(pkgs []*loader.Package) map[*loader.Package]int {
	counts := map[*loader.Package]int{}
	seen := map[*loader.Package]bool{}
	var visit func(p *loader.Package)
	visit = func(p *loader.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		counts[p] = len(p.Errors)
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	for _, p := range pkgs {
		visit(p)
	}
	return counts
}

// newErrors returns errors added since before (nil: all), skipping type errors (controller-gen
// ignores them too: they come from its partial type-checking).
func newErrors(pkgs []*loader.Package, before map[*loader.Package]int) []packages.Error {
	var out []packages.Error
	for p, n := range errorCount(pkgs) {
		start := before[p]
		if start > n {
			start = 0
		}
		for _, e := range p.Errors[start:] {
			if e.Kind == packages.TypeError {
				continue
			}
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Error() < out[j].Error() })
	return out
}

// typeAt finds the type declaration containing an error position "file:line:col".
func (g *gen) typeAt(pos string) (crd.TypeIdent, bool) {
	parts := strings.Split(pos, ":")
	if len(parts) < 3 {
		return crd.TypeIdent{}, false
	}
	file := strings.Join(parts[:len(parts)-2], ":")
	var line int
	if _, err := fmt.Sscanf(parts[len(parts)-2], "%d", &line); err != nil {
		return crd.TypeIdent{}, false
	}
	for id, info := range g.parser.Types {
		fset := id.Package.Fset
		if fset == nil || info.RawDecl == nil {
			continue
		}
		start, end := fset.Position(info.RawDecl.Pos()), fset.Position(info.RawDecl.End())
		if start.Filename == file && start.Line <= line && line <= end.Line {
			return id, true
		}
	}
	return crd.TypeIdent{}, false
}

func shortPkg(path string) string {
	switch {
	case strings.HasPrefix(path, "k8s.io/api/"):
		return strings.TrimPrefix(path, "k8s.io/api/")
	case strings.HasPrefix(path, "k8s.io/apimachinery/pkg/apis/"):
		return strings.TrimPrefix(path, "k8s.io/apimachinery/pkg/apis/")
	case strings.HasPrefix(path, "k8s.io/apimachinery/pkg/"):
		return strings.TrimPrefix(path, "k8s.io/apimachinery/pkg/")
	}
	return path
}

func fmtCounts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s: %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func moduleVersion(path string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, d := range info.Deps {
		if d.Path == path {
			if d.Replace != nil {
				return d.Replace.Version
			}
			return d.Version
		}
	}
	return "unknown"
}

// refLookup is controller-tools' identFromRef: a schema reference made in package ctx -> type.
func refLookup(ref string, ctx *loader.Package) (crd.TypeIdent, error) {
	typ, pkgPath, err := crd.RefParts(ref)
	if err != nil {
		return crd.TypeIdent{}, err
	}
	if pkgPath == "" {
		return crd.TypeIdent{Package: ctx, Name: typ}, nil
	}
	p := ctx.Imports()[pkgPath]
	if p == nil {
		return crd.TypeIdent{}, fmt.Errorf("reference %s: package %s not imported by %s", ref, pkgPath, ctx.PkgPath)
	}
	return crd.TypeIdent{Package: p, Name: typ}, nil
}
