## Append samples of your project ##
resources:
# op-boot:scaffold:samples
