class Main {
  // op-boot:scaffold:imports
  void main() {
    // op-boot:scaffold:register
  }
}
