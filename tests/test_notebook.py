"""The walkthrough notebook runs top to bottom, offline, in a real kernel, and leaves nothing behind."""
import shutil
import tempfile
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


def test_walkthrough_runs(tmp_path, monkeypatch):
    # the notebook writes into tempfile.mkdtemp(prefix="kgraph-walkthrough-"), as a reader's run should;
    # the kernel's temporary directory is the test's, removed after it (each run once left one in /tmp)
    system_tmp = Path(tempfile.gettempdir())
    left_before = set(system_tmp.glob("kgraph-walkthrough-*"))
    kernel_tmp = tmp_path / "kernel-tmp"
    kernel_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(kernel_tmp))  # the kernel is a new process: it reads TMPDIR
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    try:
        client.execute()  # raises CellExecutionError on any failing cell
        assert list(kernel_tmp.glob("kgraph-walkthrough-*"))  # written where the test removes it
    finally:
        shutil.rmtree(kernel_tmp, ignore_errors=True)
    assert set(system_tmp.glob("kgraph-walkthrough-*")) <= left_before
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
