using System.Globalization;

namespace FletActors.Samples.Gallery;

/// <summary>Flet's to-do tutorial: add, edit, complete and delete tasks, filter them, clear the completed ones.</summary>
public static class TodoApp
{
    public static void Main(Page page)
    {
        page.Title = "To-do";
        page.Views[0].HorizontalAlignment = CrossAxisAlignment.Center;
        page.Add(new TodoList());
    }

    private sealed class TodoList : Column
    {
        private readonly TextField newTask = new() { HintText = "What needs to be done?", Expand = 1 };
        private readonly Column tasks = new();
        private readonly Tabs filter = new(new Tab("all"), new Tab("active"), new Tab("completed"));
        private readonly Text itemsLeft = new("0 items left");

        public TodoList()
        {
            Width = 600;
            newTask.OnSubmit = _ => AddTask();
            filter.OnChange = _ => Refresh();
            Controls.Add(new Row(new Text("To-dos") { Size = 32, Weight = FontWeight.Bold }) { Alignment = MainAxisAlignment.Center });
            Controls.Add(new Row(newTask, new FloatingActionButton { Icon = Icons.Add, OnClick = _ => AddTask() }));
            Controls.Add(new Column(
                filter,
                tasks,
                new Row(itemsLeft, new OutlinedButton("Clear completed") { OnClick = _ => ClearCompleted() })
                {
                    Alignment = MainAxisAlignment.SpaceBetween,
                    VerticalAlignment = CrossAxisAlignment.Center,
                })
            {
                Spacing = 25,
            });
        }

        protected override void BeforeUpdate()
        {
            var active = tasks.Controls.OfType<TodoItem>().Count(t => !t.Completed);
            itemsLeft.Value = string.Create(CultureInfo.InvariantCulture, $"{active} {(active == 1 ? "item" : "items")} left");
        }

        private void AddTask()
        {
            if (string.IsNullOrWhiteSpace(newTask.Value))
            {
                return;
            }

            tasks.Controls.Add(new TodoItem(newTask.Value.Trim(), Refresh, item => tasks.Controls.Remove(item)));
            newTask.Value = string.Empty;
            Refresh();
        }

        private void ClearCompleted()
        {
            foreach (var done in tasks.Controls.OfType<TodoItem>().Where(t => t.Completed).ToList())
            {
                tasks.Controls.Remove(done);
            }

            Refresh();
        }

        private void Refresh()
        {
            var shown = filter.SelectedIndex;
            foreach (var item in tasks.Controls.OfType<TodoItem>())
            {
                item.Visible = shown == 0 || (shown == 1 && !item.Completed) || (shown == 2 && item.Completed);
            }

            BeforeUpdate();
        }
    }

    private sealed class TodoItem : Column
    {
        private readonly Checkbox display;
        private readonly TextField editName;
        private readonly Row displayView;
        private readonly Row editView;

        public TodoItem(string name, Action changed, Action<TodoItem> delete)
        {
            display = new Checkbox(name) { OnChange = _ => changed() };
            editName = new TextField { Expand = 1 };
            displayView = new Row(
                display,
                new Row(
                    new IconButton(Icons.Edit) { Tooltip = "Edit to-do", OnClick = _ => Edit() },
                    new IconButton(Icons.Delete) { Tooltip = "Delete to-do", OnClick = _ => delete(this) })
                {
                    Spacing = 0,
                })
            {
                Alignment = MainAxisAlignment.SpaceBetween,
                VerticalAlignment = CrossAxisAlignment.Center,
            };
            editView = new Row(
                editName,
                new IconButton(Icons.Check) { Tooltip = "Update to-do", IconColor = Colors.Green, OnClick = _ => Save() })
            {
                Visible = false,
                Alignment = MainAxisAlignment.SpaceBetween,
                VerticalAlignment = CrossAxisAlignment.Center,
            };
            Controls.Add(displayView);
            Controls.Add(editView);
        }

        public bool Completed => display.Value;

        private void Edit()
        {
            editName.Value = display.Label;
            displayView.Visible = false;
            editView.Visible = true;
        }

        private void Save()
        {
            display.Label = editName.Value;
            displayView.Visible = true;
            editView.Visible = false;
        }
    }
}
