export function TemplateEditorPage() {
  return null;
}
