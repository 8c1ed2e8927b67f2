# Build output
target/

# Files 'op-boot create api --force' and 'init --force' replaced, as they were (see README.md)
.op-boot/

# IDEs and editors
.idea/
*.iml
.vscode/
.classpath
.project
.settings/
*.swp
*~

# OS files
.DS_Store
