// The module root of the kube-catalog program. It has no requirements of its own: each
// Kubernetes version has its own module file, k8s-1.NN/go.mod (with its go.sum), and regenerate
// builds and runs the program with -modfile=k8s-1.NN/go.mod. See README.md.
module dev.opboot/kube-catalog

go 1.23.0
