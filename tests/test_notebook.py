"""The walkthrough notebook runs top to bottom, offline, in a real kernel."""
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "walkthrough.ipynb"


def _text(cell):
    out = []
    for output in cell.get("outputs", []):
        out.append(output.get("text", ""))
        out.extend(str(v) for v in output.get("data", {}).values())
    return "".join(out)


def test_walkthrough_runs(tmp_path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on any failing cell
    outputs = "\n".join(_text(cell) for cell in notebook.cells if cell.cell_type == "code")
    assert "公安县委政法委" in outputs and "冯荆柯" in outputs
    assert "湖北省" in outputs  # the division chain and the shortest path
    assert "conforms: True" in outputs
    assert "<iframe srcdoc=" in outputs
    assert "Visit" in outputs and "Appointment" in outputs  # the dated events of the invented reports
    assert "holdsPost" in outputs and "events.csv" in outputs  # the timeline, and the tables pandas reads


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
