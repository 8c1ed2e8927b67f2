# Build output
target/

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
